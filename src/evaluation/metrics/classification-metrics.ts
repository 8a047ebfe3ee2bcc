/**
 * Basic-performance metrics for classification (the indicator system's accuracy, sensitivity,
 * specificity, precision, F1, AUC-ROC) and calibration (expected calibration error).
 * Multi-class metrics are macro averages of one-vs-rest.
 */

export interface Prediction {
  gold: string;
  /** Undefined when the model's label could not be read. */
  predicted: string | undefined;
  /** Probability per label; absent labels count as 0. */
  probabilities: Record<string, number>;
}

export function accuracy(predictions: Prediction[]): number {
  if (predictions.length === 0) return Number.NaN;
  return predictions.filter((p) => p.predicted === p.gold).length / predictions.length;
}

export interface ClassReport {
  precision: number;
  recall: number;
  f1: number;
  specificity: number;
}

export function perClass(predictions: Prediction[], label: string): ClassReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of predictions) {
    const actual = p.gold === label;
    const said = p.predicted === label;
    if (actual && said) tp++;
    else if (!actual && said) fp++;
    else if (actual && !said) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const specificity = tn + fp === 0 ? 0 : tn / (tn + fp);
  return { precision, recall, f1, specificity };
}

/** Labels present as gold in the data (classes never seen as gold cannot be scored). */
export function goldLabels(predictions: Prediction[]): string[] {
  return [...new Set(predictions.map((p) => p.gold))].sort();
}

export function macro(predictions: Prediction[]): ClassReport {
  const labels = goldLabels(predictions);
  const reports = labels.map((l) => perClass(predictions, l));
  const mean = (key: keyof ClassReport) => reports.reduce((s, r) => s + r[key], 0) / (reports.length || 1);
  return {
    precision: mean('precision'),
    recall: mean('recall'),
    f1: mean('f1'),
    specificity: mean('specificity'),
  };
}

/** Binary AUC by the rank-sum (Mann–Whitney) formula, ties counted half. */
export function binaryAuc(scores: number[], positives: boolean[]): number {
  const order = scores.map((s, i) => ({ s, p: positives[i]! })).sort((a, b) => a.s - b.s);
  let nPos = 0;
  let nNeg = 0;
  for (const o of order) o.p ? nPos++ : nNeg++;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  let rankSum = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.s === order[i]!.s) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (order[k]!.p) rankSum += averageRank;
    i = j + 1;
  }
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** AUC-ROC: binary when two labels exist, otherwise the macro one-vs-rest average. */
export function aucRoc(predictions: Prediction[]): number {
  const labels = goldLabels(predictions);
  if (labels.length < 2) return Number.NaN;
  const aucs = labels.map((label) =>
    binaryAuc(
      predictions.map((p) => p.probabilities[label] ?? 0),
      predictions.map((p) => p.gold === label),
    ),
  );
  const usable = aucs.filter(Number.isFinite);
  if (labels.length === 2) return usable[0] ?? Number.NaN;
  return usable.reduce((s, a) => s + a, 0) / (usable.length || Number.NaN);
}

/**
 * Expected calibration error over equal-width confidence bins: the weighted gap between how
 * sure the model said it was (its top probability) and how often it was right.
 */
export function expectedCalibrationError(predictions: Prediction[], bins = 10): number {
  if (predictions.length === 0) return Number.NaN;
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  for (const p of predictions) {
    const top = p.predicted === undefined ? 0 : (p.probabilities[p.predicted] ?? 0);
    const bin = Math.min(bins - 1, Math.floor(top * bins));
    count[bin]!++;
    confidence[bin]! += top;
    correct[bin]! += p.predicted === p.gold ? 1 : 0;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    ece += (count[b]! / predictions.length) * Math.abs(correct[b]! / count[b]! - confidence[b]! / count[b]!);
  }
  return ece;
}
