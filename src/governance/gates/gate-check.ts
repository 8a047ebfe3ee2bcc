import type { Config } from '../../foundation/config.ts';
import type { Db } from '../../foundation/db/database.ts';
import type { ModelRecord } from '../../models/registry.ts';
import type { Assessments } from '../assessments/assessments.ts';
import type { Catalogue, EffectiveUseCase } from '../catalogue/catalogue.ts';
import type { Threshold } from '../catalogue/use-case-schema.ts';
import type { DeploymentInfo } from '../deployments/deployment-directory.ts';
import type { DeploymentProfile } from '../deployments/profiles.ts';
import {
  type Estimate,
  latestRunsBySuite,
  metricOf,
  type RunEvidence,
} from '../evidence/evaluation-evidence.ts';
import type { Bilingual } from '../shared/bilingual.ts';

export type RequirementKind =
  | 'use_case'
  | 'oversight'
  | 'model'
  | 'evaluation'
  | 'assessment'
  | 'incidents'
  | 'status';

/** One condition for go-live: what is required, what was found, and how to meet it. */
export interface GateRequirement {
  id: string;
  kind: RequirementKind;
  met: boolean;
  title: Bilingual;
  found: Bilingual;
  /** How to meet it; present when unmet. */
  fix?: Bilingual;
  evidence?: Record<string, unknown>;
}

export interface GateResult {
  deployment: string;
  useCase: { id: string; title: Bilingual; riskTier: string; overridden: string[] } | null;
  /** The use case's tier is gated (governance.gated_tiers): the deployment is held until enabled. */
  gated: boolean;
  mayGoLive: boolean;
  requirements: GateRequirement[];
  models: Array<{ id: string; version: string }>;
  catalogueVersion: string;
  checkedAt: string;
}

export interface GateInputs {
  db: Db;
  config: Config;
  catalogue: Catalogue;
  assessments: Assessments;
  deployment: DeploymentInfo;
  profile: DeploymentProfile;
  models: Map<string, ModelRecord>;
  now?: Date;
}

/** The use case a deployment is governed as: its profile's, else the gateway deployment's own use_case. */
export function effectiveUseCaseName(deployment: DeploymentInfo, profile: DeploymentProfile): string | null {
  return profile.useCase ?? deployment.useCase;
}

/**
 * Checks every go-live requirement of a deployment against real records: evaluation runs of the
 * exact model versions it routes to, approved and unexpired assessments, the oversight mode, open
 * serious incidents and suspensions. It lists all unmet requirements at once, never the first only.
 */
export async function checkGate(inputs: GateInputs): Promise<GateResult> {
  const { deployment, profile, catalogue } = inputs;
  const now = inputs.now ?? new Date();
  const requirements: GateRequirement[] = [];
  const d = deployment.name;
  const useCaseName = effectiveUseCaseName(deployment, profile);
  const useCase = useCaseName ? catalogue.find(useCaseName) : undefined;
  const models = deployment.upstreams.map((id) => ({
    id,
    version: inputs.models.get(id)?.version ?? 'unregistered',
  }));

  requirements.push(intendedUseRequirement(d, useCaseName, useCase, catalogue));
  if (useCase) {
    requirements.push(oversightRequirement(d, useCase, profile, catalogue));
    for (const id of deployment.upstreams) {
      const model = inputs.models.get(id);
      if (!model) {
        requirements.push({
          id: `model:${id}`,
          kind: 'model',
          met: false,
          title: { zh: `上游模型 ${id} 已登记`, en: `upstream model ${id} is registered` },
          found: { zh: '未登记', en: 'not registered' },
          fix: { zh: `登记模型：yiheng models add ${id} …`, en: `register it: yiheng models add ${id} …` },
        });
        continue;
      }
      const runs = await latestRunsBySuite(inputs.db, { id: model.id, version: model.version });
      for (const threshold of useCase.requirements.suites) {
        requirements.push(evaluationRequirement(model, threshold, runs.get(threshold.suite)));
      }
    }
    for (const template of useCase.requirements.assessments) {
      requirements.push(await assessmentRequirement(d, template, inputs.assessments));
    }
  }
  requirements.push(await incidentRequirement(inputs.db, deployment));
  requirements.push(...statusRequirements(deployment));

  return {
    deployment: d,
    useCase: useCase
      ? { id: useCase.id, title: useCase.title, riskTier: useCase.risk_tier, overridden: useCase.overridden }
      : null,
    gated: useCase ? isGatedTier(inputs.config, useCase.risk_tier) : false,
    mayGoLive: requirements.every((r) => r.met),
    requirements,
    models,
    catalogueVersion: catalogue.version,
    checkedAt: now.toISOString(),
  };
}

export function isGatedTier(config: Config, tier: string): boolean {
  return tier === 'prohibited' || (config.governance.gated_tiers as readonly string[]).includes(tier);
}

function intendedUseRequirement(
  d: string,
  name: string | null,
  useCase: EffectiveUseCase | undefined,
  catalogue: Catalogue,
): GateRequirement {
  const ids = catalogue.useCases.map((u) => u.id).join(', ');
  const title = { zh: '已声明预期用途，且在用途目录中', en: 'intended use declared and in the catalogue' };
  if (!name) {
    return {
      id: 'use_case',
      kind: 'use_case',
      met: false,
      title,
      found: { zh: '未声明预期用途', en: 'no intended use declared' },
      fix: {
        zh: `声明用途：yiheng deploy profile ${d} --use-case <${ids}>`,
        en: `declare it: yiheng deploy profile ${d} --use-case <${ids}>`,
      },
    };
  }
  if (!useCase) {
    return {
      id: 'use_case',
      kind: 'use_case',
      met: false,
      title,
      found: { zh: `用途"${name}"不在目录中`, en: `use case "${name}" is not in the catalogue` },
      fix: {
        zh: `改用目录中的用途（${ids}），或在 yiheng.yaml 的 governance.use_cases_file 中加入它`,
        en: `use a catalogued use case (${ids}) or add it through governance.use_cases_file in yiheng.yaml`,
      },
    };
  }
  if (useCase.risk_tier === 'prohibited') {
    return {
      id: 'use_case',
      kind: 'use_case',
      met: false,
      title,
      found: { zh: `用途"${useCase.id}"被列为禁止`, en: `use case "${useCase.id}" is prohibited` },
      fix: { zh: '该用途不得上线', en: 'this use may not go live' },
    };
  }
  return {
    id: 'use_case',
    kind: 'use_case',
    met: true,
    title,
    found: {
      zh: `${useCase.title.zh}（风险等级：${catalogue.tier(useCase.risk_tier).title.zh}）`,
      en: `${useCase.title.en} (risk tier: ${catalogue.tier(useCase.risk_tier).title.en})`,
    },
    evidence: { use_case: useCase.id, risk_tier: useCase.risk_tier, overridden: useCase.overridden },
  };
}

function oversightRequirement(
  d: string,
  useCase: EffectiveUseCase,
  profile: DeploymentProfile,
  catalogue: Catalogue,
): GateRequirement {
  const allowed = useCase.requirements.human_oversight;
  const zhList = allowed.map((m) => `${catalogue.oversight(m).title.zh}（${m}）`).join('、');
  const enList = allowed.join(', ');
  const title = {
    zh: `已设定可接受的人工监督方式：${zhList}`,
    en: `an acceptable human-oversight mode is set: ${enList}`,
  };
  const mode = profile.humanOversight;
  const met = mode !== null && (allowed as string[]).includes(mode);
  return {
    id: 'oversight',
    kind: 'oversight',
    met,
    title,
    found: mode ? { zh: `当前：${mode}`, en: `set to ${mode}` } : { zh: '未设定', en: 'not set' },
    ...(met
      ? { evidence: { human_oversight: mode } }
      : {
          fix: {
            zh: `设定监督方式：yiheng deploy profile ${d} --oversight ${allowed[0]}`,
            en: `set it: yiheng deploy profile ${d} --oversight ${allowed[0]}`,
          },
        }),
  };
}

function evaluationRequirement(
  model: ModelRecord,
  t: Threshold,
  run: RunEvidence | undefined,
): GateRequirement {
  const op = t.min !== undefined ? '≥' : '≤';
  const limit = (t.min ?? t.max)!;
  const boundNote =
    t.bound === 'conservative' ? { zh: '（按置信区间界）', en: ' (confidence bound)' } : { zh: '', en: '' };
  const title = {
    zh: `${model.id}@${model.version} 在评测集 ${t.suite} 上 ${t.metric} ${op} ${fmt(limit)}${boundNote.zh}`,
    en: `${model.id}@${model.version} scores ${t.metric} ${op} ${fmt(limit)} on suite ${t.suite}${boundNote.en}`,
  };
  const id = `evaluation:${model.id}:${t.suite}:${t.metric}`;
  const rerun = `yiheng eval --suite ${t.suite} --model ${model.id} --out out/${t.suite}-${safe(model.id)}`;
  if (!run) {
    return {
      id,
      kind: 'evaluation',
      met: false,
      title,
      found: {
        zh: `没有该模型版本 ${model.version} 在 ${t.suite} 上已完成的评测`,
        en: `no completed run of ${t.suite} for version ${model.version}`,
      },
      fix: { zh: `运行评测：${rerun}`, en: `run it: ${rerun}` },
    };
  }
  const estimate = metricOf(run.results, t.metric);
  if (!estimate || estimate.value === null) {
    return {
      id,
      kind: 'evaluation',
      met: false,
      title,
      found: {
        zh: `评测 ${run.runId} 没有指标 ${t.metric}`,
        en: `run ${run.runId} reports no metric ${t.metric}`,
      },
      fix: {
        zh: '检查阈值中的指标名（overall、结果中的指标名或 dimension:<能力>）',
        en: 'check the metric name in the threshold (overall, a metric of results.json, or dimension:<ability>)',
      },
      evidence: { run_id: run.runId },
    };
  }
  const compared = compareValue(estimate, t);
  const met = compared !== null && (t.min !== undefined ? compared >= t.min : compared <= t.max!);
  const shown = `${fmt(estimate.value)} [${fmt(estimate.ci_low)}, ${fmt(estimate.ci_high)}] n=${estimate.n}`;
  return {
    id,
    kind: 'evaluation',
    met,
    title,
    found: { zh: `评测 ${run.runId}：${shown}`, en: `run ${run.runId}: ${shown}` },
    ...(met
      ? {}
      : {
          fix: {
            zh: `未达到阈值：改进模型（如检索增强、微调、更严格的守卫策略）或更换模型后重新评测：${rerun}`,
            en: `below the threshold: improve the model (retrieval augmentation, fine-tuning, a stricter guard policy) or choose another, then re-run: ${rerun}`,
          },
        }),
    evidence: {
      run_id: run.runId,
      suite_version: run.suite.version,
      metric: t.metric,
      ...estimate,
      compared,
      bound: t.bound,
    },
  };
}

function compareValue(e: Estimate, t: Threshold): number | null {
  if (t.bound === 'estimate') return e.value;
  return t.min !== undefined ? e.ci_low : e.ci_high;
}

async function assessmentRequirement(
  d: string,
  template: string,
  assessments: Assessments,
): Promise<GateRequirement> {
  const subject = { kind: 'deployment' as const, name: d };
  let title: Bilingual = {
    zh: `评估 ${template} 已批准且在有效期内`,
    en: `assessment ${template} approved and current`,
  };
  try {
    const t = assessments.templates.latest(template);
    title = {
      zh: `${t.title.zh}（${template}）已批准且在有效期内`,
      en: `${t.title.en} (${template}) approved and current`,
    };
  } catch {
    return {
      id: `assessment:${template}`,
      kind: 'assessment',
      met: false,
      title,
      found: { zh: `没有模板 ${template}`, en: `no template ${template}` },
      fix: {
        zh: '检查用途目录中引用的评估模板',
        en: 'check the assessment template named in the use-case catalogue',
      },
    };
  }
  const approved = await assessments.currentApproval(subject, template);
  if (approved) {
    return {
      id: `assessment:${template}`,
      kind: 'assessment',
      met: true,
      title,
      found: {
        zh: `${approved.id} 由 ${approved.reviewer} 批准，有效期至 ${approved.valid_until?.slice(0, 10)}`,
        en: `${approved.id} approved by ${approved.reviewer}, valid until ${approved.valid_until?.slice(0, 10)}`,
      },
      evidence: {
        assessment_id: approved.id,
        template_version: approved.template.version,
        risk_level: approved.score.risk_level,
      },
    };
  }
  const latest = (await assessments.list({ subject, template }))[0];
  const found: Bilingual = latest
    ? {
        zh: `最近的 ${latest.id} 状态为 ${latest.status}${latest.status === 'approved' ? '（已过期）' : ''}，完成度 ${Math.round(latest.score.completeness * 100)}%`,
        en: `latest ${latest.id} is ${latest.status}${latest.status === 'approved' ? ' (expired)' : ''}, ${Math.round(latest.score.completeness * 100)}% complete`,
      }
    : { zh: '尚未开始', en: 'not started' };
  const next =
    !latest || latest.status === 'approved'
      ? {
          zh: `开始评估：yiheng assess start ${template} --deployment ${d}`,
          en: `start it: yiheng assess start ${template} --deployment ${d}`,
        }
      : latest.status === 'submitted'
        ? {
            zh: `由另一位管理员或审计员审核：yiheng assess approve ${latest.id} --as <审核人>`,
            en: `have another admin or auditor review it: yiheng assess approve ${latest.id} --as <reviewer>`,
          }
        : {
            zh: `完成并提交：yiheng assess answer ${latest.id} --file answers.yaml，然后 yiheng assess submit ${latest.id}`,
            en: `complete and submit it: yiheng assess answer ${latest.id} --file answers.yaml, then yiheng assess submit ${latest.id}`,
          };
  return { id: `assessment:${template}`, kind: 'assessment', met: false, title, found, fix: next };
}

async function incidentRequirement(db: Db, deployment: DeploymentInfo): Promise<GateRequirement> {
  const open = await db
    .selectFrom('gov_incidents')
    .select(['id', 'severity', 'status'])
    .where('status', 'in', ['open', 'investigating'])
    .where('severity', 'in', ['high', 'critical'])
    .where((eb) =>
      eb.or([
        eb('deployment', '=', deployment.name),
        ...(deployment.upstreams.length ? [eb('model_id', 'in', deployment.upstreams)] : []),
      ]),
    )
    .orderBy('created_at')
    .execute();
  const ids = open.map((i) => i.id).join(', ');
  return {
    id: 'incidents',
    kind: 'incidents',
    met: open.length === 0,
    title: { zh: '没有未处理的高危或严重事件', en: 'no open high or critical incidents' },
    found: open.length ? { zh: `未处理：${ids}`, en: `open: ${ids}` } : { zh: '无', en: 'none' },
    ...(open.length
      ? {
          fix: {
            zh: `处置并更新事件状态：yiheng incidents update <id> --status mitigated --action "…"`,
            en: `handle them and update their status: yiheng incidents update <id> --status mitigated --action "…"`,
          },
          evidence: { incidents: open.map((i) => i.id) },
        }
      : {}),
  };
}

function statusRequirements(deployment: DeploymentInfo): GateRequirement[] {
  const out: GateRequirement[] = [];
  if (deployment.status.state === 'suspended' && !deployment.status.heldByGate) {
    out.push({
      id: 'status:deployment',
      kind: 'status',
      met: false,
      title: { zh: '部署未被紧急暂停', en: 'the deployment is not suspended by the kill switch' },
      found: {
        zh: `已暂停：${deployment.status.reason ?? ''}`,
        en: `suspended: ${deployment.status.reason ?? ''}`,
      },
      fix: {
        zh: `原因消除后明确恢复：yiheng deploy resume ${deployment.name}`,
        en: `once the cause is fixed, resume it explicitly: yiheng deploy resume ${deployment.name}`,
      },
    });
  }
  for (const model of deployment.suspendedModels) {
    out.push({
      id: `status:model:${model}`,
      kind: 'status',
      met: false,
      title: { zh: `上游模型 ${model} 未被撤回`, en: `upstream model ${model} is not withdrawn` },
      found: { zh: '模型已暂停', en: 'the model is suspended' },
      fix: {
        zh: `恢复模型（yiheng deploy resume --model ${model}）或从部署中移除`,
        en: `resume the model (yiheng deploy resume --model ${model}) or remove it from the deployment`,
      },
    });
  }
  return out;
}

function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined) return '–';
  return String(Number(x.toFixed(3)));
}

function safe(id: string): string {
  return id.replace(/[^\w.-]+/g, '_');
}
