import { type DrugLookup, SEVERITY_RANK, type Severity } from '../../foundation/knowledge/drugs.ts';
import type { Finding } from '../finding.ts';
import type { Detector } from './detector.ts';

/**
 * Known interactions among the drugs a text names, from the knowledge base's interaction table
 * (class-level entries expanded there). The finding spans the later-named drug of each pair;
 * `detail` carries both ids, the severity and the advice.
 */
export class InteractionDetector implements Detector {
  readonly name = 'interaction' as const;
  readonly regexes = [];

  constructor(
    private readonly lookup: DrugLookup,
    private readonly minimum: Severity = 'moderate',
  ) {}

  detect(text: string): Finding[] {
    const mentions = this.lookup.findMentions(text);
    if (mentions.length < 2) return [];
    const report = this.lookup.interactions(mentions.map((m) => m.drug.id));
    const byId = new Map(mentions.map((m) => [m.drug.id, m]));
    const findings: Finding[] = [];
    for (const interaction of report.interactions) {
      if (SEVERITY_RANK[interaction.severity] < SEVERITY_RANK[this.minimum]) continue;
      const [a, b] = interaction.drugs.map((d) => byId.get(d.id)!);
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
