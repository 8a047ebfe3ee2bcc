/** Text clean-up shared by the scorers: what a model wraps around its answer is not the answer. */

/** Drops reasoning blocks (<think>…</think>) that some models print before the answer. */
export function stripReasoning(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/gi, ' ').replace(/^[\s\S]*<\/think>/i, ' ');
}

/** Full-width to half-width and other compatibility forms (Ａ → A, ： → :). */
export function nfkc(text: string): string {
  return text.normalize('NFKC');
}

/** Removes Markdown emphasis and code marks, and unwraps \boxed{…}. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/\\boxed\{([^}]*)\}/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\s)\*(\S)/g, '$1$2')
    .replace(/^#+\s*/gm, '');
}

/** The text a scorer should read: no reasoning block, compatibility forms folded, no Markdown. */
export function answerText(text: string): string {
  return stripMarkdown(nfkc(stripReasoning(text))).trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Tokens for F1: each Chinese character is a token, other text splits into lowercase words.
 * Punctuation and English articles are dropped (SQuAD-style normalisation).
 */
export function f1Tokens(text: string): string[] {
  const tokens: string[] = [];
  const cleaned = nfkc(text).toLowerCase();
  for (const piece of cleaned.split(/([\u3400-\u9fff\uf900-\ufaff])/u)) {
    if (!piece) continue;
    if (CJK.test(piece)) tokens.push(piece);
    else
      for (const word of piece.split(/[^\p{L}\p{N}]+/u))
        if (word && !['a', 'an', 'the'].includes(word)) tokens.push(word);
  }
  return tokens;
}

/** Lowercase, compatibility-folded, without whitespace, punctuation or English articles. */
export function normaliseAnswer(text: string): string {
  return f1Tokens(text).join(' ');
}

/** Token-overlap F1 between a prediction and a reference. */
export function tokenF1(prediction: string, reference: string): number {
  const predicted = f1Tokens(prediction);
  const expected = f1Tokens(reference);
  if (predicted.length === 0 || expected.length === 0) return predicted.length === expected.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predicted) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(token, left - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / predicted.length;
  const recall = overlap / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Case-insensitive substring test after compatibility folding (the keyword judge's notion of "appears"). */
export function mentions(text: string, term: string): boolean {
  return nfkc(text).toLowerCase().includes(nfkc(term).toLowerCase());
}

/** Refusals and non-answers, in Chinese and English. */
const REFUSAL =
  /(?:i\s*(?:am|'m)\s*(?:sorry|unable|not able)|i\s*(?:can(?:no|')t|cannot|won't|will not)\s+(?:help|answer|provide|assist|give|choose|select|determine)|as an ai|i\s*(?:do not|don't)\s+(?:know|have enough)|unable to (?:answer|determine|provide)|consult (?:a|your) (?:doctor|physician|healthcare)|无法(?:回答|作答|提供|确定|判断|给出)|不能(?:回答|提供|确定|给出)|抱歉|作为(?:一个)?(?:AI|人工智能|语言模型)|我不(?:知道|确定|清楚)|请咨询(?:医生|专业))/i;

export function looksLikeRefusal(text: string): boolean {
  return REFUSAL.test(text);
}
