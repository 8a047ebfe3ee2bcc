/**
 * Binary logistic regression over hashed presence features, trained with AdaGrad and a small L2 penalty.
 * Deterministic: a fixed-seed shuffle, so the same examples always give the same weights (the bundled
 * model's test retrains it and compares).
 */
export interface TrainingExample {
  buckets: readonly number[];
  label: 0 | 1;
}

export interface TrainOptions {
  buckets: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
}

export interface LogisticWeights {
  weights: Float64Array;
  bias: number;
}

/** Sum of the weights of the present features plus the bias; the probability is its logistic. */
export function logit(model: LogisticWeights, buckets: readonly number[]): number {
  let z = model.bias;
  for (const b of buckets) z += model.weights[b]!;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function trainLogistic(examples: readonly TrainingExample[], options: TrainOptions): LogisticWeights {
  const { buckets, epochs = 8, learningRate = 0.2, l2 = 1e-5 } = options;
  const weights = new Float64Array(buckets);
  const squares = new Float64Array(buckets).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const order = examples.map((_, i) => i);
  let seed = options.seed ?? 1;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const example = examples[index]!;
      const gradient = sigmoid(logit({ weights, bias }, example.buckets)) - example.label;
      for (const b of example.buckets) {
        const g = gradient + l2 * weights[b]!;
        squares[b]! += g * g;
        weights[b]! -= (learningRate / Math.sqrt(squares[b]!)) * g;
      }
      biasSquares += gradient * gradient;
      bias -= (learningRate / Math.sqrt(biasSquares)) * gradient;
    }
  }
  return { weights, bias };
}

/**
 * The mean of `runs` models trained on the same examples, each with its own shuffle seed (`seed`, then
 * `seed` + 1000, + 2000, …): one logistic model whose logit is the mean of theirs. A single AdaGrad run's
 * weights depend on the order it saw the examples in (the bundled model's everyday false-alarm rate moved
 * by several points from one retrain to the next); the mean keeps what the orders agree on.
 * Deterministic, as trainLogistic; `runs` 1 is trainLogistic itself.
 */
export function trainAveragedLogistic(
  examples: readonly TrainingExample[],
  options: TrainOptions,
  runs: number,
): LogisticWeights {
  const seed = options.seed ?? 1;
  const first = trainLogistic(examples, { ...options, seed });
  if (runs <= 1) return first;
  const weights = new Float64Array(first.weights);
  let bias = first.bias;
  for (let run = 1; run < runs; run++) {
    const next = trainLogistic(examples, { ...options, seed: seed + 1000 * run });
    for (let i = 0; i < weights.length; i++) weights[i]! += next.weights[i]!;
    bias += next.bias;
  }
  for (let i = 0; i < weights.length; i++) weights[i]! /= runs;
  return { weights, bias: bias / runs };
}

/**
 * Weights as signed bytes with one scale factor (the bundled models' file format): a quarter of the size
 * of 32-bit floats, and in the back-tests the same decisions.
 */
export function quantiseWeights(weights: Float64Array): { scale: number; base64: string } {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127 || 1;
  const bytes = Buffer.alloc(weights.length);
  for (let i = 0; i < weights.length; i++) bytes.writeInt8(Math.round(weights[i]! / scale), i);
  return { scale, base64: bytes.toString('base64') };
}

/** The signed bytes of quantiseWeights, checked against the number of buckets the features hash into. */
export function readQuantisedWeights(base64: string, buckets: number, what: string): Int8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== buckets)
    throw new Error(`${what}: expected ${buckets} weights, found ${bytes.length}`);
  return new Int8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}
