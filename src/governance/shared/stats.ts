/** A proportion with its 95% Wilson interval (well-behaved near 0 and 1 and for small n). */
export interface Proportion {
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  k: number;
}

export function wilson(k: number, n: number, z = 1.959964): Proportion {
  if (n <= 0) return { value: null, ci_low: null, ci_high: null, n: 0, k: 0 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: p, ci_low: Math.max(0, centre - half), ci_high: Math.min(1, centre + half), n, k };
}
