import { type AST, RegExpParser } from '@eslint-community/regexpp';

/**
 * A cheap, sound test that a regular expression cannot match a text, so that the guard can skip the
 * scan. Most of the guard's regexes look for a label, a cue word or a symbol that most texts do not
 * contain, yet irregexp pays for a scan of every position of the text to find that out (about 4 ns a
 * character for an alternation of words, several hundred scans a text). Here each regex's source is
 * read once for the literal strings one of which every match must contain, and each text is read once
 * into a set of the characters, character pairs and character triples it holds; a regex whose every
 * required string has a missing character, pair or triple cannot match and is not run.
 *
 * Sound by construction: a gate only says "cannot match" when no required string can be in the text,
 * so a skipped regex would have found nothing. Comparing strings folds ASCII letters to lower case on
 * both sides (and the two non-ASCII letters that fold to ASCII under /iu), so one table serves regexes
 * with and without the i flag; a false "may match" only costs the scan that would have run anyway.
 */

/** At most this many alternative strings are tracked per node; more is treated as "no requirement". */
const MAX_STRINGS = 256;
/** Strings that grow longer than this stop growing (a longer prefix adds little and costs lookups). */
const MAX_LENGTH = 12;

/**
 * What a regex node says about its matches: `exact`, every string it can match (when there are few and
 * they are short), and `required`, strings one of which every match contains (`undefined`: nothing
 * known). All strings are folded.
 */
interface Info {
  exact?: string[];
  required?: string[];
}

const ANY: Info = {};
const EMPTY: Info = { exact: [''] };

/** ASCII capitals to lower case, and the Kelvin sign and long s to the ASCII letters /iu folds them to. */
const foldCode = (code: number): number =>
  code >= 0x41 && code <= 0x5a ? code + 32 : code === 0x212a ? 0x6b : code === 0x17f ? 0x73 : code;
const fold = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldCode(s.charCodeAt(i)));
  return out;
};
/** A letter with case outside ASCII: under the i flag it may match a form whose fold differs. */
const hasNonAsciiCase = (s: string): boolean =>
  [...s].some((c) => c.codePointAt(0)! > 0x7f && c.toLowerCase() !== c.toUpperCase());

/** Which of two requirements narrows more: the longer shortest string, then the fewer strings. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a || a.length === 0) return b && b.length > 0 ? b : undefined;
  if (!b || b.length === 0) return a;
  const shortest = (xs: string[]) => Math.min(...xs.map((x) => x.length));
  const sa = shortest(a);
  const sb = shortest(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set of strings that are all non-empty is a requirement; one empty string means none. */
const asRequired = (xs: string[] | undefined): string[] | undefined =>
  xs && xs.length > 0 && xs.every((x) => x.length > 0) ? xs : undefined;

const unique = (xs: string[]): string[] => [...new Set(xs)];

function cross(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_STRINGS) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push((x + y).slice(0, MAX_LENGTH));
  return unique(out);
}

class Analyser {
  constructor(private readonly ignoreCase: boolean) {}

  private character(codePoint: number): Info {
    const c = String.fromCodePoint(codePoint);
    if (this.ignoreCase && hasNonAsciiCase(c)) return ANY;
    return { exact: [fold(c)], required: [fold(c)] };
  }

  private characterClass(node: AST.CharacterClass): Info {
    if (node.negate) return ANY;
    const chars: string[] = [];
    for (const e of node.elements) {
      if (e.type === 'Character') chars.push(String.fromCodePoint(e.value));
      else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 16)
        for (let v = e.min.value; v <= e.max.value; v++) chars.push(String.fromCodePoint(v));
      else return ANY;
    }
    if (chars.length === 0 || chars.length > 32) return ANY;
    if (this.ignoreCase && chars.some(hasNonAsciiCase)) return ANY;
    const exact = unique(chars.map(fold));
    return { exact, required: exact };
  }

  private sequence(elements: readonly AST.Element[]): Info {
    let chain: string[] | undefined = [''];
    let whole = true;
    let required: string[] | undefined;
    for (const element of elements) {
      const info = this.node(element);
      required = better(required, info.required);
      const joined: string[] | undefined = chain && info.exact ? cross(chain, info.exact) : undefined;
      if (joined) {
        chain = joined;
        continue;
      }
      // The chain of known strings breaks here: what it had is a requirement; a new chain starts.
      whole = false;
      required = better(required, asRequired(chain));
      chain = info.exact && info.exact.length <= MAX_STRINGS ? info.exact : [''];
    }
    required = better(required, asRequired(chain));
    return whole ? { exact: chain, required } : { required };
  }

  private alternatives(alternatives: readonly AST.Alternative[]): Info {
    const infos = alternatives.map((a) => this.sequence(a.elements));
    const exact = infos.every((i) => i.exact) ? unique(infos.flatMap((i) => i.exact!)) : undefined;
    // Every match goes through one alternative, so it holds one of that alternative's strings.
    const each = infos.map((i) => better(i.required, asRequired(i.exact)));
    const required = each.every((r) => r) ? unique(each.flatMap((r) => r!)) : undefined;
    return {
      exact: exact && exact.length <= MAX_STRINGS ? exact : undefined,
      required: required && required.length <= MAX_STRINGS ? required : undefined,
    };
  }

  node(node: AST.Element): Info {
    switch (node.type) {
      case 'Character':
        return this.character(node.value);
      case 'CharacterClass':
        return this.characterClass(node);
      case 'Group':
      case 'CapturingGroup':
        return this.alternatives(node.alternatives);
      case 'Quantifier': {
        const inner = this.node(node.element);
        if (node.min === 0)
          // Optional: it may match nothing, so it requires nothing; when repeated it also breaks the chain.
          return node.max === 1 && inner.exact ? { exact: unique([...inner.exact, '']) } : ANY;
        if (node.min === 1 && node.max === 1) return inner;
        return { required: better(inner.required, asRequired(inner.exact)) };
      }
      case 'Assertion':
        // Zero width: the strings on either side stay adjacent. A positive lookaround's own strings
        // must be in the text too, though not next to the rest.
        if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate)
          return { exact: [''], required: this.alternatives(node.alternatives).required };
        return EMPTY;
      default:
        // \d, \w, ., \p{…}, back-references, class sets: any string.
        return ANY;
    }
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Folded strings one of which every match of the regex contains, or undefined when none are known (the
 * regex can then match without any particular string, e.g. /\d{6}/).
 */
export function requiredStrings(regex: RegExp): string[] | undefined {
  const pattern = parser.parsePattern(regex.source, 0, regex.source.length, {
    unicode: regex.unicode,
    unicodeSets: regex.flags.includes('v'),
  });
  const info = new Analyser(regex.ignoreCase).node({
    type: 'Group',
    alternatives: pattern.alternatives,
  } as AST.Group);
  return better(info.required, asRequired(info.exact));
}

/** Hash of a pair of folded code units into the pair slots. */
const pairSlot = (a: number, b: number): number => ((a * 0x9e37) ^ b) & 0xffff;
/** Hash of three consecutive folded code units into the triple slots. */
const tripleSlot = (a: number, b: number, c: number): number => {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
  return (h ^ (h >>> 15)) & 0xffff;
};

/**
 * The characters, character pairs and character triples of one text, as one bit set (a bit per character
 * code, then per pair slot, then per triple slot) that is cleared when a new text is read. One text at a
 * time (the last one read) per thread. Triples, not only pairs: the pairs of a word like "insurance" (in,
 * ns, su, …) are in almost every English text, so a gate of pairs let many regexes run on texts without
 * their words; a word's triples rarely are. A bit set rather than tables of 32-bit stamps: it fits in
 * 24 KB, which stays in the first-level cache while hundreds of gates look things up at random, and
 * clearing it once a text costs little beside that.
 */
const SLOTS = 0x10000;
const PAIRS = SLOTS;
const TRIPLES = 2 * SLOTS;
const seen = new Int32Array((3 * SLOTS) >>> 5);
const add = (bit: number): void => {
  seen[bit >>> 5] = seen[bit >>> 5]! | (1 << (bit & 31));
};
const has = (bit: number): boolean => (seen[bit >>> 5]! & (1 << (bit & 31))) !== 0;
let lastText: string | undefined;
/** Counts every text read: the key of each gate's remembered answer. */
let textSerial = 0;

function readText(text: string): void {
  if (text === lastText) return;
  lastText = text;
  textSerial++;
  seen.fill(0);
  let previous = -1;
  let beforePrevious = -1;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    add(code);
    if (previous >= 0) {
      add(PAIRS + pairSlot(previous, code));
      if (beforePrevious >= 0) add(TRIPLES + tripleSlot(beforePrevious, previous, code));
    }
    beforePrevious = previous;
    previous = code;
  }
}

/** The bits of a string's characters: its character, its pair, or its triples (overlapping). */
function bitsOf(s: string): number[] {
  if (s.length === 1) return [s.charCodeAt(0)];
  if (s.length === 2) return [PAIRS + pairSlot(s.charCodeAt(0), s.charCodeAt(1))];
  const bits: number[] = [];
  for (let i = 2; i < s.length; i++)
    bits.push(TRIPLES + tripleSlot(s.charCodeAt(i - 2), s.charCodeAt(i - 1), s.charCodeAt(i)));
  return bits;
}

/**
 * A regex's required strings as bit look-ups: a character for a one-character string, a pair for a
 * two-character one, else its triples. A gate may hold hundreds of strings that share a beginning ("1 jan",
 * "1 feb", …), and every text is checked against every gate, so strings of several look-ups are grouped by
 * their first: one missing bit rules out the whole group (a trie of all the pairs was tried and saved no
 * more). All of it is one flat array, read front to back: the strings of one look-up (their count, then
 * their bits), then each group (its first bit, where the group ends, then each string's remaining bits
 * as a count and the bits).
 */
export class RegexGate {
  private readonly program: Int32Array;
  private readonly always: boolean;
  /** The answer for the text last asked about (gates are shared by every regex of the same source and flags). */
  private answeredSerial = -1;
  private answer = true;

  constructor(readonly regex: RegExp) {
    const strings = requiredStrings(regex);
    this.always = strings === undefined;
    const single: number[] = [];
    const groups = new Map<number, number[][]>();
    for (const s of strings ?? []) {
      const [first, ...rest] = bitsOf(s);
      if (rest.length === 0) single.push(first!);
      else {
        const rests = groups.get(first!) ?? [];
        rests.push(rest);
        groups.set(first!, rests);
      }
    }
    const program = [single.length, ...single];
    for (const [first, rests] of groups) {
      const at = program.length;
      program.push(first, 0);
      for (const rest of rests) program.push(rest.length, ...rest);
      program[at + 1] = program.length;
    }
    this.program = Int32Array.from(program);
  }

  /** False only when the regex cannot match anywhere in the text. */
  mayMatch(text: string): boolean {
    if (this.always) return true;
    readText(text);
    if (this.answeredSerial === textSerial) return this.answer;
    this.answeredSerial = textSerial;
    this.answer = this.lookUp();
    return this.answer;
  }

  private lookUp(): boolean {
    const program = this.program;
    const singles = program[0]! + 1;
    for (let i = 1; i < singles; i++) if (has(program[i]!)) return true;
    for (let i = singles; i < program.length; ) {
      const groupEnd = program[i + 1]!;
      if (!has(program[i]!)) {
        i = groupEnd;
        continue;
      }
      for (i += 2; i < groupEnd; ) {
        const end = i + 1 + program[i]!;
        let all = true;
        for (let k = i + 1; k < end; k++)
          if (!has(program[k]!)) {
            all = false;
            break;
          }
        if (all) return true;
        i = end;
      }
    }
    return false;
  }
}

/**
 * One gate per source and flags: recognizers share prefilters, and a shared gate answers each text once.
 * Kept for the life of the process, like the recognizers (a configuration's custom patterns add theirs).
 */
const gatesBySource = new Map<string, RegexGate>();

/** The gate of a regex, shared with every regex of the same source and flags. */
export function gateOf(regex: RegExp): RegexGate {
  const key = `${regex.flags}/${regex.source}`;
  let gate = gatesBySource.get(key);
  if (!gate) {
    gate = new RegexGate(regex);
    gatesBySource.set(key, gate);
  }
  return gate;
}

const gates = new WeakMap<RegExp, RegexGate>();

/**
 * Whether the regex may match somewhere in the text (false only when it cannot), with its gate built on
 * first use: put before a scan that most texts would run for nothing.
 */
export function mayMatch(regex: RegExp, text: string): boolean {
  let gate = gates.get(regex);
  if (!gate) {
    gate = gateOf(regex);
    gates.set(regex, gate);
  }
  return gate.mayMatch(text);
}
