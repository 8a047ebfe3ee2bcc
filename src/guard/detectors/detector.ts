import type { Language } from '../../foundation/text/language.ts';
import type { Finding } from '../finding.ts';

export const detectorNames = ['pii', 'redflag', 'harm', 'dose', 'interaction', 'phrasing', 'label'] as const;
export type DetectorName = (typeof detectorNames)[number];

/** A non-PII detector: one concern, findings with JavaScript string indices. */
export interface Detector {
  readonly name: DetectorName;
  readonly regexes: readonly RegExp[];
  detect(text: string, context: { language: Language }): Finding[];
}
