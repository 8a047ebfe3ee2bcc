import { createHash } from 'node:crypto';

/**
 * A small seeded pseudo-random generator (mulberry32). Surrogates and date offsets come from it so
 * that a conversation's substitutions are reproducible from its seed and never drawn from real data.
 */
export class Prng {
  private state: number;

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? seed >>> 0 : seedFromString(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** 32 bits of SHA-256 of a string: a stable seed for any text key. */
export function seedFromString(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32LE(0);
}
