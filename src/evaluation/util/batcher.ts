/**
 * Collects single lookups made within one turn of the event loop into one batch call, so that
 * 64 concurrent workers asking the database "is this cached?" cost one query, not 64.
 */
export class Batcher<K, V> {
  private pending: Array<{ key: K; resolve: (value: V) => void; reject: (error: unknown) => void }> = [];
  private scheduled = false;

  constructor(
    private readonly load: (keys: K[]) => Promise<V[]>,
    private readonly maxBatch = 500,
  ) {}

  get(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    this.load(batch.map((b) => b.key)).then(
      (values) => {
        for (const [i, b] of batch.entries()) b.resolve(values[i]!);
      },
      (error) => {
        for (const b of batch) b.reject(error);
      },
    );
  }
}
