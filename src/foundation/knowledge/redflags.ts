import { YihengError } from '../errors.ts';
import { isWordChar, onWordBoundaries } from '../text/aho-corasick.ts';
import {
  type Assertion,
  analyzeContext,
  type ContextAnalysis,
  type Cue,
  cueLexicon,
} from '../text/assertion.ts';
import { CompactAutomaton } from '../text/compact-automaton.ts';
import { createNormalizer, normalizeText } from '../text/normalize.ts';
import type { Bilingual, RedFlag, TriageLevel } from './schema.ts';

/**
 * The emergency red-flag matcher, shared by the knowledge base, the guard's detector and the
 * reference model. Patterns (see schema.ts) are compiled once into one Aho–Corasick automaton
 * over every term (and the assertion cue words), so a message is scanned once whatever the number
 * of red flags; each term occurrence that could complete a pattern is then kept only if it is
 * asserted about the person now (see text/assertion.ts).
 *
 * Beyond the " + " and "|" of schema.ts, a term may be written "a~b" (b begins soon after a, in
 * the same clause, with no negation in between: "嘴~歪" matches 嘴有点歪, "lips~blue" matches
 * "lips look a bit blue") and an English term may end in "*" to match as a word prefix ("vomit*").
 * 疼 is matched as 痛, and a few common misspellings of pattern words are matched as the word.
 */

export interface RedFlagSpan {
  /** JavaScript string indices into the text given to match(). */
  start: number;
  end: number;
  text: string;
}

export interface RedFlagMatch {
  id: string;
  level: TriageLevel;
  system: RedFlag['system'];
  name: Bilingual;
  advice: Bilingual;
  spans: RedFlagSpan[];
}

export interface RedFlagResult {
  /** The highest level matched; 'routine' when nothing matched. */
  level: TriageLevel;
  matches: RedFlagMatch[];
}

export interface RedFlagMatcher {
  match(text: string): RedFlagResult;
  /** Number of red flags compiled. */
  readonly size: number;
}

export const LEVEL_RANK: Record<TriageLevel, number> = { emergency: 3, urgent: 2, routine: 1 };

interface CompiledPattern {
  flag: number;
  groups: number;
  /** Bit g set: group g is background ("@…"), satisfied by a past mention too. */
  background: number;
  /** An `except` term of the flag: when asserted, the flag is not raised. */
  except?: boolean;
  /**
   * An except term that states how things have been up to now ("几年没发作", "seizure-free"), written "@…":
   * a report of the sign in a later clause with a time-now cue (刚才又抽起来了, "this morning she had a
   * seizure again") is news after it, and the flag is raised.
   */
  untilNow?: boolean;
}

/** One literal looked for in the text; `prefix` atoms (written "vomit*") need no right word boundary. */
interface Atom {
  text: string;
  prefix: boolean;
}

/** Something that satisfies a pattern group: one atom, or atoms in order close together ("嘴~歪"). */
interface Term {
  atoms: number[];
  uses: Array<[pattern: number, group: number]>;
}

interface Occurrence {
  term: number;
  start: number;
  end: number;
}

const MAX_GROUPS = 30;
/** Largest gap between the parts of a proximity term: characters between Chinese parts, else Latin. */
const GAP_ZH = 6;
const GAP_LATIN = 30;
/** A gap may not cross a clause or hold a negation ("胸口不疼", "lips are not blue"). */
/** 弗 (Wu) and 伓 (Hokkien) are dialect 不: "胸口弗痛" is no chest pain. */
const GAP_BREAK = /[,;!?\n。；！？，、…|不没无未否非别弗伓]|\.(?!\d)/;
const GAP_BREAK_LATIN = /[,;!?\n。；！？，、…|]|\.(?!\d)|\b(?:no|not|never|without|nor)\b|n't/;

/**
 * Character folds applied to terms and text alike (one code unit for one, so spans stay aligned):
 * 疼 and 痛 are the same complaint, and 蛰 is the usual miswriting of 蜇 (a sting).
 */
const FOLDS: Record<string, string> = { 疼: '痛', 蛰: '蜇' };
const FOLD_ANY = new RegExp(`[${Object.keys(FOLDS).join('')}]`);
const FOLD_ALL = new RegExp(FOLD_ANY.source, 'g');
const fold = (text: string) => (FOLD_ANY.test(text) ? text.replace(FOLD_ALL, (c) => FOLDS[c]!) : text);
/** normalizeText and fold in one pass (what match() does to every message). */
const normalizeAndFold = createNormalizer(FOLDS);

/**
 * Misspellings patients make of words in the patterns; each term also matches with one such word
 * swapped (cheap typo tolerance: no edit-distance search at match time).
 */
const LATIN_TYPOS: Record<string, string[]> = {
  breathe: ['breath', 'breth', 'breate'],
  breathing: ['breathin', 'breating', 'breahting'],
  pain: ['pian'],
  pains: ['pians'],
  chest: ['chets'],
  seizure: ['siezure', 'seizur', 'sezure'],
  seizures: ['siezures'],
  seizing: ['siezing'],
  unconscious: ['unconcious', 'unconsious'],
  vomiting: ['vomitting', 'vommiting'],
  vomited: ['vomitted', 'vommited'],
  bleeding: ['bleding', 'bleeing'],
  swollen: ['swolen', 'swolled'],
  swelling: ['sweling'],
  fever: ['feaver', 'fevar', 'fver'],
  dizzy: ['dizy', 'dizzey'],
  allergic: ['alergic', 'allergik'],
  allergy: ['alergy'],
  diarrhea: ['diarhea', 'diarrea', 'diahrrea'],
  diarrhoea: ['diarhoea'],
  fainted: ['feinted', 'fainteded'],
  pregnant: ['pregant', 'pregnent', 'preggers'],
  choking: ['chocking', 'chokeing'],
  headache: ['headach', 'hedache', 'head ache'],
  collapsed: ['colapsed', 'collasped'],
  suicide: ['suiside', 'sucide'],
  tongue: ['tounge'],
  throat: ['throught', 'thraot'],
  stomach: ['stomache', 'stomch'],
  unresponsive: ['unresponsve', 'unrespnsive'],
  blood: ['bloood'],
  breathless: ['breathles'],
  reliever: ['reliver', 'releiver', 'relievr'],
  sciatica: ['siatica', 'sciatia', 'sciatika'],
  numb: ['numm'],
  // Dropped apostrophes and text-speak in typed messages ("cant lie flat", "how many wud it take").
  "can't": ['cant'],
  would: ['wud'],
  right: ['rigth', 'rihgt'],
  battery: ['batery', 'battary', 'battrey'],
  batteries: ['bateries', 'battries'],
  movements: ['movments', 'movemnts'],
};
/** Common miswritings of two-character words in patients' Chinese (homophones). */
const HAN_TYPOS: Record<string, string[]> = {
  冷汗: ['冷汉'],
  困难: ['困南'],
  晕厥: ['晕绝'],
  抽搐: ['抽蓄', '抽畜'],
  呕吐: ['欧吐', '呕土'],
  昏迷: ['昏谜'],
  窒息: ['窒熄'],
  // 小退 for 小腿 (calf), a common slip of the pinyin keyboard (xiaotui).
  小腿: ['小退'],
};
const HAN_TYPO_REGEX = new RegExp(Object.keys(HAN_TYPOS).join('|'), 'g');

/**
 * Words that contain a pattern word but mean something else: a pattern word found partly inside one
 * of them is not that word (烧 in 烧心 is heartburn, 抽 in 抽血 a blood draw, 天大 in 一天比一天大 is
 * "bigger every day", "all my" in "stopped all my pills"). A term that covers the whole mask word is
 * unaffected. Folded like the patterns (疼 → 痛).
 */
const MASKS = [
  // Rehabilitation of a weakness left by a past stroke ("what exercises for her weak arm"), not a new one.
  'exercises for his weak arm',
  'exercises for her weak arm',
  'exercises for my weak arm',
  'exercises for the weak arm',
  'exercises for a weak arm',
  'physio for his weak arm',
  'physio for her weak arm',
  'physio for my weak arm',
  '烧心',
  '发烧友',
  '抽血',
  '抽了血',
  '抽了管血',
  '抽了一管血',
  '抽了点血',
  '抽个血',
  '抽完血',
  '抽烟',
  '抽上烟',
  '抽上了烟',
  '抽动症',
  '不应该',
  '抽空',
  '抽时间',
  '抽屉',
  '一天比一天',
  // 疼得像火烧 is a burning pain (shingles, a scald), not a fever: 烧 inside a simile is not 发烧.
  '像火烧',
  '火烧火燎',
  '火烧似的',
  '火烧一样',
  '火烧般',
  '淤青',
  '瘀青',
  '青一块',
  '紫一块',
  // 迷迷糊糊把药吃了两遍: "absent-mindedly", an adverb of a slip, not drowsy confusion.
  '迷迷糊糊把',
  '迷迷糊糊地把',
  '糊里糊涂把',
  '糊里糊涂地把',
  // 早上犯糊涂，把药吃了两遍: a slip ("had a muddled moment"), not confusion.
  '犯糊涂把',
  '犯糊涂,把',
  '犯糊涂了把',
  '犯糊涂了,把',
  '一时糊涂把',
  '一时糊涂,把',
  '犯迷糊把',
  '犯迷糊,把',
  // Melatonin gummies a child got into are of low toxicity: "gummies" alone is not a dangerous medicine.
  'melatonin gummies',
  'melatonin gummy',
  'stopped all my',
  'stop all my',
  'stopped taking all my',
  'quit all my',
  'came off all my',
  // A knocked-out tooth is a dental injury, not a loss of consciousness.
  'knocked out a tooth',
  'knocked out his tooth',
  'knocked out her tooth',
  'knocked out my tooth',
  'knocked out a front',
  'knocked out his front',
  'knocked out her front',
  'knocked out my front',
  'knocked out an adult tooth',
  'knocked out a permanent tooth',
  'knocked out a baby tooth',
  'knocked out his teeth',
  'knocked out her teeth',
  'knocked out my teeth',
  'tooth knocked out',
  'teeth knocked out',
  'tooth got knocked out',
  'tooth was knocked out',
  // A limp is a way of walking ("has had a limp and a sore knee"), not a floppy child ("he's gone limp").
  'has a limp',
  'had a limp',
  'have a limp',
  'got a limp',
  'with a limp',
  'developed a limp',
  // "Blood pressure normal", "blood test results": a reading or a test, not blood seen.
  'blood pressure',
  'blood pressures',
  'blood test',
  'blood tests',
];

/** The alternative itself and every variant with one misspelt word. */
function withTypos(alternative: string): string[] {
  const variants = [alternative];
  const words = alternative.split(/(\s+|~)/);
  words.forEach((word, i) => {
    const bare = word.replace(/\*$/, '');
    for (const typo of LATIN_TYPOS[bare] ?? []) {
      const copy = words.slice();
      copy[i] = word.endsWith('*') ? `${typo}*` : typo;
      variants.push(copy.join(''));
    }
  });
  for (const m of alternative.matchAll(HAN_TYPO_REGEX)) {
    for (const typo of HAN_TYPOS[m[0]]!)
      variants.push(alternative.slice(0, m.index) + typo + alternative.slice(m.index + m[0].length));
  }
  return variants;
}

const isLatin = (code: number) => isWordChar(code);

export function compileRedFlags(entries: readonly RedFlag[]): RedFlagMatcher {
  const atoms: Atom[] = [];
  const atomIndex = new Map<string, number>();
  const terms: Term[] = [];
  const termIndex = new Map<string, number>();
  const patterns: CompiledPattern[] = [];

  const atomOf = (raw: string): number => {
    // Chinese terms that end in a digit are number prefixes ("血糖2" for 血糖23.5, "心率只有4" for 45).
    const prefix = raw.endsWith('*') || /[\u3400-\u9fff][^\u3400-\u9fff]*\d$/.test(raw);
    const text = raw.endsWith('*') ? raw.slice(0, -1).trim() : raw;
    const key = `${text}\u0000${prefix}`;
    let index = atomIndex.get(key);
    if (index === undefined) {
      index = atoms.length;
      atoms.push({ text, prefix });
      atomIndex.set(key, index);
    }
    return index;
  };

  entries.forEach((entry, flag) => {
    for (const source of [...entry.patterns.zh, ...entry.patterns.en]) {
      const rawGroups = source.split(/\s+\+\s+/);
      let background = 0;
      rawGroups.forEach((group, g) => {
        if (group.trimStart().startsWith('@')) background |= 1 << g;
      });
      const groups = rawGroups.map((group) =>
        group
          .replace(/^\s*@/, '')
          .split('|')
          .map((alternative) =>
            fold(normalizeText(alternative)).trim().replace(/\s+/g, ' ').replace(/ ?~ ?/g, '~'),
          )
          .filter(Boolean)
          .flatMap(withTypos),
      );
      // "@" marks a whole group and is written once, before its first alternative.
      const badPart = groups.some((g) =>
        g.some((a) => a.startsWith('@') || a.split('~').some((part) => part.replace('*', '') === '')),
      );
      if (groups.length > MAX_GROUPS || groups.some((g) => g.length === 0) || badPart) {
        throw new YihengError(`red flag ${entry.id}: pattern "${source}" has an empty or too many groups`, {
          hint: 'write groups as "a|b + c|d": alternatives separated by |, groups by " + ", near words as "a~b", a background group as "@a|b"',
          code: 'redflag_pattern',
        });
      }
      const pattern = patterns.length;
      patterns.push({ flag, groups: groups.length, background });
      groups.forEach((alternatives, group) => {
        for (const alternative of alternatives) {
          let index = termIndex.get(alternative);
          if (index === undefined) {
            index = terms.length;
            terms.push({ atoms: alternative.split('~').map(atomOf), uses: [] });
            termIndex.set(alternative, index);
          }
          const uses = terms[index]!.uses;
          if (!uses.some(([p, g]) => p === pattern && g === group)) uses.push([pattern, group]);
        }
      });
    }
    // Benign explanations: an asserted except term cancels this flag ("大便发黑" while taking iron). A
    // source written "@…" states how things have been up to now (see CompiledPattern.untilNow).
    const exceptSources = [...(entry.except?.zh ?? []), ...(entry.except?.en ?? [])];
    for (const untilNow of [false, true]) {
      const exceptTerms = exceptSources
        .filter((source) => source.trimStart().startsWith('@') === untilNow)
        .flatMap((source) => (untilNow ? source.trimStart().slice(1) : source).split('|'))
        .map((a) => fold(normalizeText(a)).trim().replace(/\s+/g, ' ').replace(/ ?~ ?/g, '~'))
        .filter(Boolean);
      if (exceptTerms.length === 0) continue;
      const pattern = patterns.length;
      patterns.push({ flag, groups: 1, background: 0, except: true, ...(untilNow ? { untilNow } : {}) });
      for (const alternative of exceptTerms) {
        let index = termIndex.get(alternative);
        if (index === undefined) {
          index = terms.length;
          terms.push({ atoms: alternative.split('~').map(atomOf), uses: [] });
          termIndex.set(alternative, index);
        }
        terms[index]!.uses.push([pattern, 0]);
      }
    }
  });

  // Which terms each atom starts (single-atom terms and the first part of proximity terms).
  const termsStartingWith: number[][] = atoms.map(() => []);
  terms.forEach((term, index) => {
    termsStartingWith[term.atoms[0]!]!.push(index);
  });

  // One automaton for the atoms that start a term, and the assertion cues: the text is scanned
  // once. Later parts of proximity terms are looked for only next to a first part.
  const cues = cueLexicon();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const atomsOfString: number[][] = [];
  atoms.forEach((atom, index) => {
    if (termsStartingWith[index]!.length === 0) return;
    let s = stringIndex.get(atom.text);
    if (s === undefined) {
      s = strings.length;
      strings.push(atom.text);
      stringIndex.set(atom.text, s);
      atomsOfString.push([]);
    }
    atomsOfString[s]!.push(index);
  });
  const cueBase = strings.length;
  const maskBase = cueBase + cues.words.length;
  const masks = MASKS.map((w) => fold(normalizeText(w)));
  const automaton = new CompactAutomaton([...strings, ...cues.words.map((w) => fold(w)), ...masks]);
  /** Whether an occurrence start..end lies partly inside a mask word without covering it. */
  const longestMask = Math.max(0, ...masks.map((m) => m.length));
  /**
   * Whether an occurrence start..end lies partly inside a mask word without covering it. `hits` are
   * sorted by start; only the few masks that can reach the occurrence are looked at (binary search,
   * then a short walk back), so a text full of mask words stays linear.
   */
  const masked = (hits: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && hits[i]!.start > start - longestMask; i--) {
      const m = hits[i]!;
      if (m.start < end && start < m.end && !(start <= m.start && end >= m.end)) return true;
    }
    return false;
  };

  const satisfied = new Int32Array(patterns.length);
  const fullMask = Int32Array.from(patterns, (p) => (1 << p.groups) - 1);
  /** A past mention only counts for a background group (a risk factor); a present one for any. */
  const counts = (o: Occurrence, pattern: number, group: number, past: ReadonlySet<Occurrence>) =>
    !past.has(o) || (patterns[pattern]!.background & (1 << group)) !== 0;

  /** The later parts of a proximity term being matched (reused; copied into `parts` on a match). */
  const chained: Array<{ start: number; end: number }> = [];

  function match(text: string): RedFlagResult {
    const normalized = normalizeAndFold(text);
    const occurrences: Occurrence[] = [];
    /** The characters the terms themselves cover (a cue word inside a term is not a cue). */
    const parts: Array<{ start: number; end: number }> = [];
    const cueHits: Cue[] = [];
    const maskHits: Array<{ start: number; end: number }> = [];
    automaton.search(normalized, (index, start, end) => {
      if (index >= maskBase) {
        if (onWordBoundaries(normalized, masks[index - maskBase]!, start, end)) maskHits.push({ start, end });
        return;
      }
      if (index >= cueBase) {
        const c = index - cueBase;
        if (onWordBoundaries(normalized, cues.words[c]!, start, end))
          cueHits.push({ kind: cues.kinds[c]!, start, end, latin: cues.latin[c]! });
        return;
      }
      for (const atom of atomsOfString[index]!) {
        if (!atomFits(normalized, atoms[atom]!, start, end)) continue;
        for (const termIndex of termsStartingWith[atom]!) {
          const term = terms[termIndex]!;
          if (term.atoms.length === 1) {
            const occurrence = { term: termIndex, start, end };
            occurrences.push(occurrence);
            parts.push(occurrence);
            continue;
          }
          // Most first parts have no later part nearby: nothing is allocated for those.
          chained.length = 0;
          const chainEnd = chain(normalized, atoms, term.atoms, 1, end, chained);
          if (chainEnd > 0) {
            occurrences.push({ term: termIndex, start, end: chainEnd });
            parts.push({ start, end });
            for (const part of chained) parts.push(part);
          }
        }
      }
    });
    if (maskHits.length > 0) {
      maskHits.sort((a, b) => a.start - b.start);
      // In place (a spread of a huge array would overflow the stack).
      let kept = 0;
      for (const o of occurrences) if (!masked(maskHits, o.start, o.end)) occurrences[kept++] = o;
      occurrences.length = kept;
    }
    if (occurrences.length === 0) return { level: 'routine', matches: [] };

    // Only occurrences that could complete a pattern are worth an assertion check.
    const complete = (list: readonly Occurrence[], past?: ReadonlySet<Occurrence>) => {
      // Group masks in a table reused across calls (reset below), not a Map per call.
      const touched: number[] = [];
      for (const occurrence of list)
        for (const [pattern, group] of terms[occurrence.term]!.uses) {
          if (past && !counts(occurrence, pattern, group, past)) continue;
          if (satisfied[pattern] === 0) touched.push(pattern);
          satisfied[pattern] = satisfied[pattern]! | (1 << group);
        }
      const done = new Set<number>();
      for (const pattern of touched) {
        if (satisfied[pattern] === fullMask[pattern]) done.add(pattern);
        satisfied[pattern] = 0;
      }
      return done;
    };
    const possible = complete(occurrences);
    // An except term matters only next to a flag that could be raised.
    const possibleFlags = new Set<number>();
    for (const p of possible) if (!patterns[p]!.except) possibleFlags.add(patterns[p]!.flag);
    for (const p of [...possible]) if (!possibleFlags.has(patterns[p]!.flag)) possible.delete(p);
    if (possible.size === 0) return { level: 'routine', matches: [] };
    const candidates = occurrences.filter((o) => terms[o.term]!.uses.some(([p]) => possible.has(p)));

    const context = analyzeContext(normalized, parts, cueHits);
    const verdicts = new Map<number, Assertion>();
    const past = new Set<Occurrence>();
    const asserted = candidates.filter((o) => {
      const key = o.start * 65536 + (o.end - o.start);
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        verdict = context.assertionOf(o.start, o.end);
        verdicts.set(key, verdict);
      }
      if (verdict === 'historical') past.add(o);
      return verdict === 'present' || verdict === 'historical';
    });
    const matched = complete(asserted, past);
    const cancelled = new Set<number>();
    for (const p of matched)
      if (
        patterns[p]!.except &&
        !(patterns[p]!.untilNow && reportedSince(p, matched, asserted, past, context))
      )
        cancelled.add(patterns[p]!.flag);
    for (const p of [...matched])
      if (patterns[p]!.except || cancelled.has(patterns[p]!.flag)) matched.delete(p);
    if (matched.size === 0) return { level: 'routine', matches: [] };

    const spansByFlag = new Map<number, Map<number, RedFlagSpan>>();
    for (const o of asserted) {
      for (const [pattern, group] of terms[o.term]!.uses) {
        if (!matched.has(pattern)) continue;
        if (!counts(o, pattern, group, past)) continue;
        const flag = patterns[pattern]!.flag;
        let spans = spansByFlag.get(flag);
        if (!spans) {
          spans = new Map();
          spansByFlag.set(flag, spans);
        }
        const key = o.start * 65536 + (o.end - o.start);
        if (!spans.has(key)) spans.set(key, { start: o.start, end: o.end, text: text.slice(o.start, o.end) });
      }
    }

    const matches: RedFlagMatch[] = [];
    for (const [flag, spanMap] of spansByFlag) {
      const entry = entries[flag]!;
      const spans = [...spanMap.values()].sort((a, b) => a.start - b.start || b.end - a.end);
      matches.push({
        id: entry.id,
        level: entry.level,
        system: entry.system,
        name: entry.name,
        advice: entry.advice,
        spans,
      });
    }
    matches.sort(
      (a, b) =>
        LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
        a.spans[0]!.start - b.spans[0]!.start ||
        a.id.localeCompare(b.id),
    );
    return { level: matches[0]!.level, matches };
  }

  /**
   * For an "up to now" except pattern: whether a present occurrence of the same flag's matched patterns
   * lies after every occurrence of the except term, in a later clause holding a time-now cue ("我几年没发作了，
   * 刚才又抽起来了"). A mention before it, or in its own clause, is what it describes ("医生讲是热性惊厥，
   * 这几年都无再发").
   */
  function reportedSince(
    except: number,
    matched: ReadonlySet<number>,
    asserted: readonly Occurrence[],
    past: ReadonlySet<Occurrence>,
    context: ContextAnalysis,
  ): boolean {
    const flag = patterns[except]!.flag;
    let lastEnd = -1;
    for (const o of asserted)
      if (terms[o.term]!.uses.some(([p]) => p === except)) lastEnd = Math.max(lastEnd, o.end);
    if (lastEnd < 0) return false;
    return asserted.some(
      (o) =>
        o.start >= lastEnd &&
        !past.has(o) &&
        terms[o.term]!.uses.some(
          ([p]) => p !== except && matched.has(p) && !patterns[p]!.except && patterns[p]!.flag === flag,
        ) &&
        context.reportedNow(o.start, o.end, lastEnd),
    );
  }

  return { match, size: entries.length };
}

/** Whether an atom found at start..end stands on word boundaries (prefix atoms need none on the right). */
function atomFits(text: string, atom: Atom, start: number, end: number): boolean {
  const word = atom.text;
  if (isLatin(word.charCodeAt(0)) && start > 0 && isLatin(text.charCodeAt(start - 1))) return false;
  if (atom.prefix || !isLatin(word.charCodeAt(word.length - 1))) return true;
  if (end >= text.length || !isLatin(text.charCodeAt(end))) return true;
  return pluralEnd(text, word, start, end);
}

/**
 * The end of the rest of a proximity term (its atoms from `from` on), each part starting soon after
 * the previous one ends, with no clause break or negation in between; -1 when it does not occur.
 * Parts are found with indexOf in the small window after the previous part.
 */
function chain(
  text: string,
  atoms: readonly Atom[],
  termAtoms: readonly number[],
  from: number,
  previousEnd: number,
  parts: Array<{ start: number; end: number }>,
): number {
  if (from === termAtoms.length) return previousEnd;
  const atom = atoms[termAtoms[from]!]!;
  const latinBefore = isLatin(text.charCodeAt(previousEnd - 1));
  const gapLimit = latinBefore || isLatin(atom.text.charCodeAt(0)) ? GAP_LATIN : GAP_ZH;
  const breaks = latinBefore ? GAP_BREAK_LATIN : GAP_BREAK;
  // Search only the window (indexOf on the whole text would make hostile input quadratic), by
  // character code, without slicing: most windows hold no candidate at all.
  const first = atom.text.charCodeAt(0);
  const last = Math.min(text.length - atom.text.length, previousEnd + gapLimit);
  for (let start = previousEnd; start <= last; start++) {
    if (text.charCodeAt(start) !== first || !text.startsWith(atom.text, start)) continue;
    const end = start + atom.text.length;
    if (!atomFits(text, atom, start, end) || breaks.test(text.slice(previousEnd, start))) continue;
    parts.push({ start, end });
    const rest = chain(text, atoms, termAtoms, from + 1, end, parts);
    if (rest > 0) return rest;
    parts.pop();
  }
  return -1;
}

/** English terms also match their plural or -es form ("chest pains", "seizures"). */
function pluralEnd(text: string, term: string, start: number, end: number): boolean {
  if (!/[a-z]$/.test(term)) return false;
  const suffix = text.charCodeAt(end) === 0x73 ? 1 : text.startsWith('es', end) ? 2 : 0;
  if (suffix === 0) return false;
  return onWordBoundaries(text, term, start, end + suffix) && !/[a-z0-9]/.test(text[end + suffix] ?? '');
}

/** The more urgent of two levels. */
export function maxLevel(a: TriageLevel, b: TriageLevel): TriageLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}
