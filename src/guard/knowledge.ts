import { readBundledCollections } from '../foundation/knowledge/bundled.ts';
import { DrugLookup } from '../foundation/knowledge/drugs.ts';
import { compileRedFlags, type RedFlagMatcher } from '../foundation/knowledge/redflags.ts';
import type { Drug, Interaction, RedFlag } from '../foundation/knowledge/schema.ts';
import { type EmergencyModel, loadBundledEmergencyModel } from './triage-model/emergency-model.ts';

/**
 * What the knowledge-backed detectors need: the red-flag matcher, the drug look-up and, optionally,
 * the emergency model that judges a message as a whole alongside the red flags.
 */
export interface GuardKnowledge {
  redflags?: RedFlagMatcher;
  drugs?: DrugLookup;
  emergencyModel?: EmergencyModel;
}

/** Builds the guard's knowledge from entries (e.g. loaded from the database or a test fixture). */
export function guardKnowledgeFrom(entries: {
  redflags?: RedFlag[];
  drugs?: Drug[];
  interactions?: Interaction[];
}): GuardKnowledge {
  return {
    ...(entries.redflags?.length ? { redflags: compileRedFlags(entries.redflags) } : {}),
    ...(entries.drugs?.length ? { drugs: new DrugLookup(entries.drugs, entries.interactions ?? []) } : {}),
  };
}

/**
 * The knowledge bundled in data/knowledge (and the emergency model in data/models unless `model` is
 * false, as when retraining it); detectors whose data is absent are reported as unavailable.
 */
export function loadBundledGuardKnowledge({ model = true } = {}): GuardKnowledge {
  const redflags: RedFlag[] = [];
  const drugs: Drug[] = [];
  const interactions: Interaction[] = [];
  for (const collection of readBundledCollections()) {
    for (const entry of collection.entries) {
      if (entry.kind === 'redflag') redflags.push(entry);
      else if (entry.kind === 'drug') drugs.push(entry);
      else if (entry.kind === 'interaction') interactions.push(entry);
    }
  }
  const knowledge = guardKnowledgeFrom({ redflags, drugs, interactions });
  // The model reads texts with the drug look-up's names masked, so it needs the look-up.
  const emergencyModel = model ? loadBundledEmergencyModel(knowledge.drugs) : undefined;
  return { ...knowledge, ...(emergencyModel ? { emergencyModel } : {}) };
}
