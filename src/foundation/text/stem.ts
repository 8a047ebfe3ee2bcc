/**
 * A light English stemmer: enough to bring plurals and common verb forms together
 * (pains → pain, bleeding → bleed, vomited → vomit, allergies → allergy) without the
 * surprises of a full Porter stemmer on medical words. Input is lower case.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length >= 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length >= 5 && !word.endsWith('eed')) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(ch|sh|x|ss|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys|as)$/.test(word)) return word.slice(0, -1);
  return word;
}

function undouble(base: string): string {
  const n = base.length;
  if (n >= 3 && base[n - 1] === base[n - 2] && !/[lsz]/.test(base[n - 1]!)) return base.slice(0, -1);
  return base;
}
