import type { Db } from '../../foundation/db/database.ts';
import type { ModelRecord } from '../../models/registry.ts';
import {
  type Estimate,
  type HallucinationEvidence,
  hallucinationEvidence,
  latestRunsBySuite,
  type RunEvidence,
  type SubgroupGap,
  subgroupGaps,
} from '../evidence/evaluation-evidence.ts';
import { type ModelLineage, modelLineage } from '../lineage/lineage.ts';
import type { LineageStore } from '../lineage/lineage-store.ts';
import type { Bilingual } from '../shared/bilingual.ts';

export interface SuiteResult {
  suite: string;
  title: Bilingual;
  suiteVersion: string;
  runId: string;
  finishedAt: string;
  nItems: number;
  nErrors: number;
  overall: Estimate | null;
  dimensions: Array<{ ability: string; label: Bilingual; estimate: Estimate }>;
  costPerItemUsd: number | null;
  languages: string[];
}

export interface ModelCard {
  generatedAt: string;
  model: {
    id: string;
    version: string;
    provider: string;
    upstreamModel: string | null;
    baseModel: string | null;
    origin: string;
  };
  /** WHO value chain. */
  valueChain: { developer: string | null; provider: string | null; deployer: string | null };
  intendedUse: string | null;
  languages: string[];
  knowledgeCutoff: string | null;
  lineage: ModelLineage;
  evaluations: SuiteResult[];
  hallucination: HallucinationEvidence | null;
  subgroupGaps: SubgroupGap[];
  /** Some run broke results down by group (fairness wrapper or subgroup tables). */
  groupsEvaluated: boolean;
  robustness: Array<{ runId: string; task: string; accuracyDrop: Estimate; consistency: Estimate }>;
  limits: Bilingual[];
}

/** Scores below this on any evaluated dimension are listed among the known limits. */
const WEAK_SCORE = 0.6;

/** A model card built only from records: the registry, recorded lineage and completed runs. */
export async function buildModelCard(
  db: Db,
  model: ModelRecord,
  lineage: LineageStore,
  now = new Date(),
): Promise<ModelCard> {
  const runs = await latestRunsBySuite(db, { id: model.id, version: model.version });
  const hallucination = (await hallucinationEvidence(db, runs)) ?? null;
  const gaps = subgroupGaps(runs);
  const evaluations = [...runs.values()]
    .sort((a, b) => a.suite.id.localeCompare(b.suite.id))
    .map(suiteResult);
  return {
    generatedAt: now.toISOString(),
    model: {
      id: model.id,
      version: model.version,
      provider: model.provider,
      upstreamModel: model.upstreamModel,
      baseModel: model.ragOf?.baseModel ?? model.baseModel,
      origin: model.origin,
    },
    valueChain: { developer: model.developer, provider: model.providerOrg, deployer: model.deployer },
    intendedUse: model.intendedUse,
    languages: model.languages,
    knowledgeCutoff: model.knowledgeCutoff,
    lineage: await modelLineage(model, lineage),
    evaluations,
    hallucination,
    subgroupGaps: gaps.slice(0, 20),
    groupsEvaluated: gaps.length > 0,
    robustness: [...runs.values()].flatMap((run) =>
      Object.entries(run.results.robustness).map(([task, r]) => ({
        runId: run.runId,
        task,
        accuracyDrop: r.accuracy_drop,
        consistency: r.consistency,
      })),
    ),
    limits: knownLimits(model, evaluations, hallucination, gaps, runs),
  };
}

function suiteResult(run: RunEvidence): SuiteResult {
  const r = run.results;
  const languages = [
    ...new Set(
      Object.keys(r.subgroups)
        .filter((k) => k === 'language')
        .flatMap((k) => Object.keys(r.subgroups[k]!.groups)),
    ),
  ];
  return {
    suite: run.suite.id,
    title: run.suite.title,
    suiteVersion: run.suite.version,
    runId: run.runId,
    finishedAt: run.finishedAt,
    nItems: r.n_items,
    nErrors: r.n_errors,
    overall: r.overall,
    dimensions: Object.entries(r.dimensions).map(([ability, d]) => ({
      ability,
      label: d.label,
      estimate: { value: d.value, ci_low: d.ci_low, ci_high: d.ci_high, n: d.n },
    })),
    costPerItemUsd: r.resources.cost_per_item_usd,
    languages,
  };
}

function knownLimits(
  model: ModelRecord,
  evaluations: SuiteResult[],
  hallucination: HallucinationEvidence | null,
  gaps: SubgroupGap[],
  runs: Map<string, RunEvidence>,
): Bilingual[] {
  const limits: Bilingual[] = [];
  if (evaluations.length === 0) {
    limits.push({
      zh: `该版本（${model.version}）尚无已完成的评测：能力未知`,
      en: `no completed evaluation of this version (${model.version}): capabilities are unknown`,
    });
  }
  for (const e of evaluations) {
    for (const d of e.dimensions) {
      if (d.estimate.value !== null && d.estimate.value < WEAK_SCORE) {
        limits.push({
          zh: `${d.label.zh}较弱：${pct(d.estimate.value)}（${e.suite}，评测 ${e.runId}）`,
          en: `weak ${d.label.en}: ${pct(d.estimate.value)} (${e.suite}, run ${e.runId})`,
        });
      }
    }
  }
  if (!hallucination) {
    limits.push({
      zh: '幻觉率未知：尚未运行幻觉评测集',
      en: 'hallucination rate unknown: the hallucination suite has not been run',
    });
  } else if (hallucination.rate.value !== null && hallucination.rate.value > 0) {
    limits.push({
      zh: `会产生幻觉：幻觉率 ${pct(hallucination.rate.value)} [${pct(hallucination.rate.ci_low)}, ${pct(hallucination.rate.ci_high)}]`,
      en: `hallucinates: rate ${pct(hallucination.rate.value)} [${pct(hallucination.rate.ci_low)}, ${pct(hallucination.rate.ci_high)}]`,
    });
  }
  for (const g of gaps.filter((x) => x.significant).slice(0, 5)) {
    limits.push({
      zh: `人群差异：${g.task} 按 ${g.attribute} 分组相差 ${pct(g.disparity.value)} [${pct(g.disparity.ci_low)}, ${pct(g.disparity.ci_high)}]`,
      en: `group gap: ${g.task} differs by ${pct(g.disparity.value)} [${pct(g.disparity.ci_low)}, ${pct(g.disparity.ci_high)}] across ${g.attribute}`,
    });
  }
  const hasFairness = [...runs.values()].some((r) => Object.keys(r.results.fairness).length > 0);
  if (!hasFairness) {
    limits.push({
      zh: '未做公平性（反事实）评测：人群差异未知',
      en: 'no fairness (counterfactual) evaluation: group gaps are unknown',
    });
  }
  if (!model.knowledgeCutoff) {
    limits.push({ zh: '知识截止日期未申报', en: 'knowledge cut-off not declared' });
  }
  return limits;
}

export function pct(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`;
}
