import { type DrugLookup, SEVERITY_RANK, type Severity } from '../../foundation/knowledge/drugs.ts';
import { SENTENCE_END, sentenceAround, sentenceEnds } from '../../foundation/text/sentences.ts';
import type { Finding } from '../finding.ts';
import type { Detector } from './detector.ts';
import { drugMentions } from './mentions.ts';

/**
 * Advice to keep drugs apart is not a recommendation to combine them: "服用甲硝唑期间不要饮酒",
 * "don't drink alcohol while on metronidazole", "avoid NSAIDs with warfarin". A drug named after one
 * of these words in its sentence (within a short reach), or in a sentence that says the pair should
 * not be combined, is an avoided drug, and a pair with an avoided drug is not reported.
 */
const AVOID_BEFORE =
  /(?:不要|不能|不可|不宜|不应|不得|避免|禁止|禁用|切勿|勿|别|忌|戒|\bdon'?t\b|\bdo not\b|\bnever\b|\bavoid(?:ing)?\b|\bshould not\b|\bshouldn'?t\b|\bmust not\b|\bno\b|\bwithout\b)(?![^。；;！？!?\n.]{0,3}(?:停|stop))[^。；;！？!?\n.]{0,24}$/i;
const AVOID_SENTENCE =
  /避免(?:同时|合并|联合|一起)?(?:使用|服用|合用|同服)|不要(?:同时|一起)(?:服用|使用|吃)|不宜(?:同时|合用|联用)|禁止合用|禁忌合用|(?:should not|must not|shouldn't|never) be (?:taken|used|combined|given) (?:together|with)|avoid (?:combining|taking (?:them|these|it) together|the combination)|do not (?:combine|take (?:them|these) together)|contraindicated (?:with|together)/i;

/**
 * Known interactions among the drugs a text names, from the knowledge base's interaction table
 * (class-level entries expanded there). The finding spans the later-named drug of each pair;
 * `detail` carries both ids, the severity and the advice.
 */
export class InteractionDetector implements Detector {
  readonly name = 'interaction' as const;
  readonly regexes = [AVOID_BEFORE, AVOID_SENTENCE, SENTENCE_END];

  constructor(
    private readonly lookup: DrugLookup,
    private readonly minimum: Severity = 'moderate',
  ) {}

  detect(text: string): Finding[] {
    const mentions = drugMentions(this.lookup, text);
    if (mentions.length < 2) return [];
    const avoided = avoidedDrugs(text, mentions);
    const report = this.lookup.interactions(mentions.map((m) => m.drug.id));
    const byId = new Map(mentions.map((m) => [m.drug.id, m]));
    const findings: Finding[] = [];
    for (const interaction of report.interactions) {
      if (SEVERITY_RANK[interaction.severity] < SEVERITY_RANK[this.minimum]) continue;
      const [a, b] = interaction.drugs.map((d) => byId.get(d.id)!);
      if (avoided.has(a!.drug.id) || avoided.has(b!.drug.id)) continue;
      const later = a!.start > b!.start ? a! : b!;
      findings.push({
        type: 'DRUG_INTERACTION',
        start: later.start,
        end: later.end,
        text: later.text,
        score: SEVERITY_RANK[interaction.severity] / 4,
        detector: 'interaction',
        detail: {
          id: interaction.id,
          drugs: interaction.drugs.map((d) => d.id),
          severity: interaction.severity,
          advice: interaction.advice,
        },
      });
    }
    return findings;
  }
}

/** Ids of the drugs the text advises against (see AVOID_BEFORE / AVOID_SENTENCE). */
function avoidedDrugs(
  text: string,
  mentions: ReadonlyArray<{ drug: { id: string }; start: number }>,
): Set<string> {
  const ends = sentenceEnds(text);
  const avoided = new Set<string>();
  for (const mention of mentions) {
    const [start, end] = sentenceAround(ends, mention.start);
    // Bounded windows: a cue is at most 24 characters (plus its own length) before the drug, and a
    // sentence-level warning is looked for near it, so a huge text without full stops stays linear.
    const before = text.slice(Math.max(start, mention.start - 48), mention.start);
    const around = text.slice(Math.max(start, mention.start - 160), Math.min(end, mention.start + 160));
    if (AVOID_BEFORE.test(before) || AVOID_SENTENCE.test(around)) avoided.add(mention.drug.id);
  }
  return avoided;
}
