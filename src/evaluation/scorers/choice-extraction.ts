import { answerText, looksLikeRefusal, normaliseAnswer } from '../util/text.ts';

/**
 * Reads which option(s) a model chose from whatever it wrote: "答案：B", "**B**", "B和D", "(b)",
 * "选项C正确", "The answer is C because…", the option's text instead of its letter. A refusal
 * or an answer that cannot be pinned down is "unparseable": counted wrong and reported apart,
 * never guessed.
 *
 * Evidence is tried strongest first; within the strongest kind found, the last statement wins
 * (models restate and correct themselves: "…B is tempting, but the answer is C").
 */
export type ChoiceExtraction =
  | { kind: 'answer'; letters: string[]; how: 'explicit' | 'leading' | 'bare' | 'mentioned' | 'option_text' }
  | { kind: 'unparseable'; reason: 'empty' | 'refusal' | 'ambiguous' | 'no_answer' };

const JOINERS = String.raw`(?:\s*(?:,|，|、|/|&|\+|和|与|及|以及|and)\s*|\s+)`;
const NEGATED_AFTER =
  /^\s*(?:项|选项)?\s*(?:是|is|are|was|would be|seems)?\s*(?:not\b|wrong|incorrect|false|错误|错|不正确|不对|不是|不符合|排除|可排除|is\s+not|isn't|aren't)/i;
const NEGATED_BEFORE =
  /(?:not|排除|不是|不选|非|except|rather than|instead of)\s*(?:option|choice|选项)?\s*[(（]?\s*$/i;

export function extractChoice(response: string, options: Record<string, string>): ChoiceExtraction {
  const letters = Object.keys(options)
    .map((l) => l.toUpperCase())
    .sort();
  const text = answerText(response);
  if (text === '') return { kind: 'unparseable', reason: 'empty' };

  const { explicit, leading, bare, standaloneLetter } = patternsFor(letters);
  const found = lastMatch(text, explicit, letters, true);
  if (found) return { kind: 'answer', letters: found, how: 'explicit' };

  // The answer first: "B", "B.", "(b) …", "C. Vitamin C", "B和D", "B 胰腺". A capital A
  // followed by a lowercase word is the English article, not an answer.
  const lead = leading.exec(text);
  if (lead && !(/^A\s+[a-z]/.test(text.trimStart()) && !/^A[.:)]/.test(text.trimStart()))) {
    const picked = lettersIn(lead[1]!, letters);
    if (picked.length) return { kind: 'answer', letters: picked, how: 'leading' };
  }
  if (/^\(?([a-h])[.)]\s/i.test(text)) {
    const picked = lettersIn(text[0] === '(' ? text[1]! : text[0]!, letters);
    if (picked.length) return { kind: 'answer', letters: picked, how: 'leading' };
  }

  // Nothing but letters: "BD", "B, D".
  const onlyLetters = bare.exec(text);
  if (onlyLetters) return { kind: 'answer', letters: lettersIn(onlyLetters[1]!, letters), how: 'bare' };

  // Exactly one option letter standing alone somewhere ("I think B.").
  const standalone = new Set<string>();
  for (const m of text.matchAll(standaloneLetter)) {
    const rest = text.slice(m.index! + 1);
    if (m[1] === 'A' && /^\s+[a-z]/.test(rest)) continue; // the article
    if (/^['’]/.test(rest)) continue; // "A's"
    standalone.add(m[1]!);
  }
  if (standalone.size === 1) return { kind: 'answer', letters: [...standalone], how: 'mentioned' };

  // The option's own words instead of its letter.
  const byText = optionsNamed(text, options);
  if (byText.length === 1) return { kind: 'answer', letters: byText, how: 'option_text' };

  if (looksLikeRefusal(text)) return { kind: 'unparseable', reason: 'refusal' };
  return {
    kind: 'unparseable',
    reason: standalone.size > 1 || byText.length > 1 ? 'ambiguous' : 'no_answer',
  };
}

interface Patterns {
  explicit: RegExp[];
  leading: RegExp;
  bare: RegExp;
  standaloneLetter: RegExp;
}

// Compiled once per set of option letters (most suites use A–D or A–E throughout).
const compiled = new Map<string, Patterns>();

function patternsFor(letters: string[]): Patterns {
  const key = letters.join('');
  const cached = compiled.get(key);
  if (cached) return cached;
  const L = `[${letters.join('')}]`;
  const l = `[${letters.join('').toLowerCase()}]`;
  // A run of option letters: "B", "BD", "B和D", "B、D", "B, D and E". Uppercase only outside
  // brackets, so English words ("Be", "Did") never count; "(b)" is allowed in lowercase.
  const letter = String.raw`(?:${L}|\(${l}\)|（${l}）)`;
  const list = `(${letter}(?:${JOINERS}?${letter})*)(?![A-Za-z])`;

  const explicitSources = [
    // 答案：B / 正确答案为 A、C / 答案应选 D / 最终答案是(E)
    String.raw`答案\s*(?:应该|应当|应|可能)?\s*(?:是|为|选|選)?\s*(?:[:：]\s*)?(?:选项|第)?\s*[(（【\[]?\s*${list}`,
    // 选C / 我选择 B / 应选 A 和 D
    String.raw`(?:^|[^项])选(?:择|擇)?\s*(?:[:：]\s*)?[(（【\[]?\s*${list}`,
    // 选项C正确 / C项正确 / B、D正确 / 选项 B 是对的
    String.raw`(?:选项)?\s*${list}\s*(?:项|选项)?\s*(?:是|为)?\s*(?:正确|对|最佳|最合适|最恰当|符合)`,
    // The answer is C / Answer: B / correct answers are B and D / best choice is option (d)
    String.raw`(?:answer|choice|option)s?\s*(?:is|are|would be|should be|will be|=)?\s*(?:[:：]\s*)?(?:option|choice|letter)?\s*[(\[]?\s*${list}`,
    // I choose B / I'd go with D / select A
    String.raw`(?:choose|chose|pick|select|go with|opt for)\s+(?:option|choice)?\s*[(\[]?\s*${list}`,
    // B and D are correct / Option C is correct
    String.raw`(?:option|choice|both)?\s*${list}\s+(?:is|are)\s+(?:both\s+|the\s+)?(?:correct|right|true|the (?:best|correct|right) (?:answer|choice|option))`,
  ];
  const patterns: Patterns = {
    explicit: explicitSources.map((source) => new RegExp(source, 'gi')),
    leading: new RegExp(
      String.raw`^[\s>*-]*[(（【\[]?\s*${list}\s*(?:[)）】\]]|[.．:：、,，;；]|$|(?=[\u3400-\u9fff])|\s+(?=[-–—]))`,
    ),
    bare: new RegExp(String.raw`^[\s(（\[]*${list}[\s)）\].。!！]*$`),
    standaloneLetter: new RegExp(`(?<![A-Za-z])(${L})(?![A-Za-z])`, 'g'),
  };
  compiled.set(key, patterns);
  return patterns;
}

function lastMatch(
  text: string,
  patterns: RegExp[],
  letters: string[],
  checkNegation: boolean,
): string[] | undefined {
  let best: { index: number; letters: string[] } | undefined;
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const group = m[1];
      if (!group) continue;
      const start = m.index! + m[0].lastIndexOf(group);
      const end = start + group.length;
      // Case-insensitive matching lets "Answer:" match; the letters themselves must be capitals
      // unless bracketed, or "answer is a deficiency" would read as A.
      const lowercaseOk = /^\s*(?:$|[.,;:!?)）。，；！？])/.test(text.slice(end));
      if (!/^[\s(（]*[A-H]/.test(group) && !/[(（][a-h][)）]/.test(group) && !lowercaseOk) continue;
      if (
        checkNegation &&
        (NEGATED_AFTER.test(text.slice(end, end + 24)) ||
          NEGATED_BEFORE.test(text.slice(Math.max(0, start - 16), start)))
      )
        continue;
      const picked = lettersIn(group, letters);
      if (picked.length && (!best || start >= best.index)) best = { index: start, letters: picked };
    }
  }
  return best?.letters;
}

/** The option letters in a matched run, in order, without repeats. */
function lettersIn(run: string, letters: string[]): string[] {
  const out: string[] = [];
  const pattern = /[A-H]/.test(run)
    ? /\(([a-h])\)|（([a-h])）|([A-H])/g
    : /\(([a-h])\)|（([a-h])）|(?<![a-z])([a-h])(?![a-z])/g;
  for (const m of run.matchAll(pattern)) {
    const letter = (m[1] ?? m[2] ?? m[3])!.toUpperCase();
    if (letters.includes(letter) && !out.includes(letter)) out.push(letter);
  }
  return out.sort();
}

/** Options whose text the answer contains (a longer option text wins over one it contains). */
function optionsNamed(text: string, options: Record<string, string>): string[] {
  const haystack = normaliseAnswer(text);
  const named = Object.entries(options)
    .map(([letter, option]) => ({ letter: letter.toUpperCase(), needle: normaliseAnswer(option) }))
    .filter((o) => o.needle.length > 0 && haystack.includes(o.needle));
  return named
    .filter(
      (o) =>
        !named.some((other) => other !== o && other.needle.includes(o.needle) && other.needle !== o.needle),
    )
    .map((o) => o.letter)
    .sort();
}
