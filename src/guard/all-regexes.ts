import { DoseDetector } from './detectors/dose.ts';
import { HarmDetector } from './detectors/harm.ts';
import { LabelDetector } from './detectors/label.ts';
import { PhrasingDetector } from './detectors/phrasing.ts';
import { RedFlagDetector } from './detectors/redflag.ts';
import { RecognizerRegistry } from './registry.ts';

/**
 * Every regular expression the guard runs at request time, with where it comes from: the built-in
 * recognizers and every detector. The backtracking test attacks each one; a new recognizer or
 * detector that exposes its regexes is covered automatically.
 */
export function allGuardRegexes(): Array<{ where: string; regex: RegExp }> {
  const out: Array<{ where: string; regex: RegExp }> = [];
  for (const r of RecognizerRegistry.withDefaults().recognizers)
    for (const regex of r.regexes) out.push({ where: r.name, regex });
  const fakeMatcher = { match: () => ({ level: 'routine' as const, matches: [] }), size: 0 };
  const fakeLookup = { findMentions: () => [] } as unknown as ConstructorParameters<typeof DoseDetector>[0];
  for (const d of [
    new HarmDetector(),
    new PhrasingDetector(),
    new LabelDetector(),
    new RedFlagDetector(fakeMatcher),
    new DoseDetector(fakeLookup),
  ])
    for (const regex of d.regexes) out.push({ where: `detector.${d.name}`, regex });
  return out;
}
