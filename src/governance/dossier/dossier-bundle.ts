import { sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { auditActor } from '../access/actor.ts';
import { assertMayGovern } from '../access/governance-roles.ts';
import type { AssessmentView } from '../assessments/assessments.ts';
import type { Template } from '../assessments/template-schema.ts';
import { type VerifyResult, verifyAuditTrail } from '../audit/verify.ts';
import type { ModelCard } from '../cards/model-card.ts';
import type { NutritionLabel } from '../cards/nutrition-label.ts';
import type { EffectiveUseCase } from '../catalogue/catalogue.ts';
import type { GateResult } from '../gates/gate-check.ts';
import type { Governance, GovernedDeployment } from '../governance.ts';
import type { Incident } from '../incidents/incidents.ts';
import type { DeploymentLineage } from '../lineage/lineage.ts';
import type { DriftVerdict } from '../monitoring/drift.ts';
import {
  addCounts,
  type Counts,
  emptyCounts,
  type Rates,
  ratesOf,
  type SeriesPoint,
} from '../monitoring/monitoring.ts';
import { groupDimensions } from '../monitoring/user-group.ts';
import type { Bilingual } from '../shared/bilingual.ts';

/** The documents this dossier's records implement (named in full for an auditor). */
export const SOURCES: Bilingual[] = [
  {
    zh: '世界卫生组织《卫生领域人工智能的伦理与治理：大型多模态模型指南》(2024)',
    en: 'WHO, Ethics and governance of artificial intelligence for health: guidance on large multi-modal models (2024)',
  },
  {
    zh: '《生成式人工智能服务管理暂行办法》(2023)',
    en: 'Interim Measures for the Management of Generative AI Services (China, 2023)',
  },
  {
    zh: '《互联网信息服务算法推荐管理规定》(2022) 及算法备案',
    en: 'Provisions on the Administration of Algorithmic Recommendation of Internet Information Services (China, 2022) and algorithm filing',
  },
  {
    zh: '《人工智能生成合成内容标识办法》(2025)',
    en: 'Measures for Labelling AI-Generated Synthetic Content (China, 2025)',
  },
  {
    zh: '《中华人民共和国个人信息保护法》(2021)',
    en: 'Personal Information Protection Law of the PRC (PIPL, 2021)',
  },
  {
    zh: '《人工智能医疗器械注册审查指导原则》(2022) 与《医疗器械分类目录》',
    en: 'NMPA guideline for the registration review of AI medical devices (2022) and the medical device classification catalogue',
  },
  {
    zh: '欧盟《人工智能法》(Regulation (EU) 2024/1689)',
    en: 'EU Artificial Intelligence Act, Regulation (EU) 2024/1689',
  },
  {
    zh: '联合国人工智能高级别咨询机构《以人为本的人工智能治理》(2024)',
    en: 'UN High-level Advisory Body on AI, Governing AI for Humanity (2024)',
  },
  {
    zh: '中国工程院《医疗大模型技术及其评测》(2024)',
    en: 'Chinese Academy of Engineering, medical large-model technology and its evaluation (2024)',
  },
];

export interface StatusEvent {
  seq: number;
  at: string;
  kind: string;
  actor: string | null;
  decision: string | null;
  deployment: string | null;
  data: Record<string, unknown>;
}

export interface DossierBundle {
  schema_version: 1;
  generated_at: string;
  generated_by: string;
  deployment: GovernedDeployment;
  use_case: (EffectiveUseCase & { tier: Bilingual; oversight_modes: Record<string, Bilingual> }) | null;
  catalogue_version: string;
  gate: GateResult;
  lineage: DeploymentLineage;
  model_cards: ModelCard[];
  label: NutritionLabel;
  assessments: AssessmentView[];
  assessment_templates: Template[];
  incidents: Incident[];
  status_history: StatusEvent[];
  monitoring: {
    from: string;
    to: string;
    daily: SeriesPoint[];
    totals: { counts: Counts; rates: Rates };
    by_group: Record<string, Array<{ group: string; counts: Counts; rates: Rates }>>;
    drift: DriftVerdict[];
  };
  audit: VerifyResult;
  sources: Bilingual[];
}

const MONITORING_DAYS = 30;

/** Everything an auditor needs about one deployment, from the records, in one JSON document. */
export async function buildDossier(
  governance: Governance,
  actor: Actor,
  name: string,
  now = new Date(),
): Promise<DossierBundle> {
  assertMayGovern(actor, 'dossier.export');
  const deployment = await governance.deployment(actor, name);
  const gate = await governance.checkGate(actor, name);
  const useCase = deployment.useCaseId ? governance.catalogue.find(deployment.useCaseId) : undefined;
  const models = await governance.modelMap(deployment.upstreams);
  const modelCards: ModelCard[] = [];
  for (const id of deployment.upstreams)
    if (models.has(id)) modelCards.push(await governance.modelCard(actor, id));
  const assessments = await governance.listAssessments(actor, { subject: { kind: 'deployment', name } });
  const templateKeys = new Set(assessments.map((a) => `${a.template.id}@${a.template.version}`));
  const templates = governance.templates.all().filter((t) => templateKeys.has(`${t.id}@${t.version}`));
  const incidents: Incident[] = [];
  for (const i of await governance.listIncidents(actor, { deployment: name, models: deployment.upstreams })) {
    incidents.push(await governance.getIncident(actor, i.id));
  }
  const from = new Date(now.getTime() - MONITORING_DAYS * 86_400_000);
  const daily = await governance.monitoring(actor, { deployment: name, from, to: now, bucket: 'day' });
  let totals = emptyCounts();
  for (const p of daily) totals = addCounts(totals, p.counts);
  const byGroup: DossierBundle['monitoring']['by_group'] = {};
  for (const dimension of groupDimensions) {
    const points = await governance.monitoring(actor, {
      deployment: name,
      from,
      to: now,
      bucket: 'day',
      by: dimension,
    });
    const per = new Map<string, Counts>();
    for (const p of points) per.set(p.group, addCounts(per.get(p.group) ?? emptyCounts(), p.counts));
    const groups = [...per.entries()].filter(([g]) => g !== 'unspecified');
    if (groups.length)
      byGroup[dimension] = groups.map(([group, counts]) => ({ group, counts, rates: ratesOf(counts) }));
  }
  const drift = await governance.drift(actor, name, now);
  const statusHistory = await statusEvents(governance, name, deployment.upstreams);
  const auditResult = await verifyAuditTrail(governance.db);
  const bundle: DossierBundle = {
    schema_version: 1,
    generated_at: now.toISOString(),
    generated_by: actor.id,
    deployment,
    use_case: useCase
      ? {
          ...useCase,
          tier: governance.catalogue.tier(useCase.risk_tier).title,
          oversight_modes: Object.fromEntries(
            useCase.requirements.human_oversight.map((m) => [m, governance.catalogue.oversight(m).title]),
          ),
        }
      : null,
    catalogue_version: governance.catalogue.version,
    gate,
    lineage: await governance.deploymentLineage(actor, name),
    model_cards: modelCards,
    label: await governance.label(actor, name),
    assessments,
    assessment_templates: templates,
    incidents,
    status_history: statusHistory,
    monitoring: {
      from: from.toISOString(),
      to: now.toISOString(),
      daily,
      totals: { counts: totals, rates: ratesOf(totals) },
      by_group: byGroup,
      drift,
    },
    audit: auditResult,
    sources: SOURCES,
  };
  await governance.audit.append({
    kind: 'governance.dossier.export',
    actor: auditActor(actor),
    deployment: name,
    data: { may_go_live: gate.mayGoLive, audit_ok: auditResult.ok, audit_head: auditResult.head.seq },
  });
  return bundle;
}

/** Suspensions, resumptions, holds and enablements of the deployment and its models, from the audit trail. */
async function statusEvents(governance: Governance, name: string, models: string[]): Promise<StatusEvent[]> {
  const kinds = [
    'governance.suspend',
    'governance.resume',
    'governance.hold',
    'governance.release',
    'governance.enable',
    'governance.enable.refused',
    'governance.enable.withdrawn',
    'governance.profile.set',
  ];
  const rows = await governance.db
    .selectFrom('audit_records')
    .select(['seq', 'created_at', 'kind', 'actor_key_id', 'decision', 'deployment', 'body'])
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb('deployment', '=', name),
        ...(models.length ? [eb(sql<string>`body::jsonb -> 'data' ->> 'target'`, 'in', models)] : []),
      ]),
    )
    .orderBy('seq')
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: new Date(r.created_at).toISOString(),
    kind: r.kind,
    actor: r.actor_key_id,
    decision: r.decision,
    deployment: r.deployment,
    data: (JSON.parse(r.body) as { data: Record<string, unknown> }).data,
  }));
}
