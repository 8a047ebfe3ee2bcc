import path from 'node:path';
import type { Config } from '../foundation/config.ts';
import type { Db } from '../foundation/db/database.ts';
import { type ModelRecord, ModelRegistry } from '../models/registry.ts';
import type { Actor } from './access/actor.ts';
import { auditActor } from './access/actor.ts';
import { assertMayGovern } from './access/governance-roles.ts';
import { Assessments } from './assessments/assessments.ts';
import { loadTemplates, type TemplateLibrary } from './assessments/templates.ts';
import { AuditTrail } from './audit/audit-trail.ts';
import { buildModelCard, type ModelCard } from './cards/model-card.ts';
import { buildNutritionLabel, type NutritionLabel } from './cards/nutrition-label.ts';
import { usageFigures } from './cards/usage.ts';
import { type Catalogue, loadCatalogue } from './catalogue/catalogue.ts';
import {
  DeploymentDirectory,
  type DeploymentInfo,
  GATE_HOLD_ACTOR,
} from './deployments/deployment-directory.ts';
import { type DeploymentProfile, Profiles } from './deployments/profiles.ts';
import { checkGate, effectiveUseCaseName, type GateResult, isGatedTier } from './gates/gate-check.ts';
import { type IncidentRules, loadIncidentRules } from './incidents/incident-rules.ts';
import { type ScanHit, scanForIncidents } from './incidents/incident-scan.ts';
import { type Incident, Incidents } from './incidents/incidents.ts';
import { GATE_HOLD_REASON, KillSwitch, type StatusTarget, writeStatus } from './killswitch/kill-switch.ts';
import { type DeploymentLineage, deploymentLineage } from './lineage/lineage.ts';
import { LineageStore } from './lineage/lineage-store.ts';
import { checkDrift, type DriftVerdict } from './monitoring/drift.ts';
import { type DriftRules, loadDriftRules } from './monitoring/drift-rules.ts';
import { type MonitoringQuery, monitoringSeries, type SeriesPoint } from './monitoring/monitoring.ts';
import { GovernanceError } from './shared/errors.ts';

export interface GovernanceOptions {
  db: Db;
  config: Config;
  audit?: AuditTrail;
  registry?: ModelRegistry;
  catalogue?: Catalogue;
  templates?: TemplateLibrary;
  incidentRules?: IncidentRules;
  driftRules?: DriftRules;
  /** Where relative paths in the governance config resolve (default: the working directory). */
  cwd?: string;
}

/** A deployment with what governance knows about it. */
export interface GovernedDeployment extends DeploymentInfo {
  profile: DeploymentProfile;
  useCaseId: string | null;
  riskTier: string | null;
  gated: boolean;
}

/** A kill-switch target as a user names it; the kind is looked up when not given. */
export type TargetName = { kind?: 'deployment' | 'model' | undefined; name: string };

export interface HoldChange {
  deployment: string;
  change: 'held' | 'released' | 'approval_withdrawn';
  reason: string;
}

/**
 * Governance as one service for the CLI and the HTTP API alike: every method takes the actor and
 * checks the role table first, every change is written with its audit record in one transaction.
 */
export class Governance {
  readonly db: Db;
  readonly config: Config;
  readonly audit: AuditTrail;
  readonly registry: ModelRegistry;
  readonly catalogue: Catalogue;
  readonly templates: TemplateLibrary;
  readonly incidentRules: IncidentRules;
  readonly driftRules: DriftRules;
  readonly directory: DeploymentDirectory;
  readonly profiles: Profiles;
  readonly assessments: Assessments;
  readonly lineage: LineageStore;
  readonly incidents: Incidents;
  readonly killSwitch: KillSwitch;

  constructor(options: GovernanceOptions) {
    const cwd = options.cwd ?? process.cwd();
    const g = options.config.governance;
    this.db = options.db;
    this.config = options.config;
    this.audit = options.audit ?? new AuditTrail(options.db);
    this.registry = options.registry ?? new ModelRegistry(options.db, options.config.models);
    this.catalogue = options.catalogue ?? loadCatalogue(g, cwd);
    this.templates = options.templates ?? loadTemplates();
    this.incidentRules =
      options.incidentRules ??
      loadIncidentRules(g.incident_rules_file ? path.resolve(cwd, g.incident_rules_file) : undefined);
    this.driftRules =
      options.driftRules ??
      loadDriftRules(g.monitoring_file ? path.resolve(cwd, g.monitoring_file) : undefined);
    checkCatalogueTemplates(this.catalogue, this.templates);
    this.directory = new DeploymentDirectory(this.db, this.config, this.registry);
    this.profiles = new Profiles(this.db, this.audit);
    this.assessments = new Assessments(this.db, this.audit, this.templates);
    this.lineage = new LineageStore(this.db, this.audit);
    this.incidents = new Incidents(this.db, this.audit);
    this.killSwitch = new KillSwitch(this.db, this.audit);
  }

  // ——— deployments, profiles, gates ———

  async listDeployments(actor: Actor): Promise<GovernedDeployment[]> {
    assertMayGovern(actor, 'records.read');
    const [deployments, profiles] = await Promise.all([this.directory.list(), this.profiles.list()]);
    const byName = new Map(profiles.map((p) => [p.deployment, p]));
    return deployments.map((d) => this.governed(d, byName.get(d.name)));
  }

  async deployment(actor: Actor, name: string): Promise<GovernedDeployment> {
    assertMayGovern(actor, 'records.read');
    return this.governed(await this.directory.get(name), await this.profiles.get(name));
  }

  private governed(d: DeploymentInfo, profile: DeploymentProfile | undefined): GovernedDeployment {
    const p = profile ?? { ...emptyProfileOf(d.name) };
    const name = effectiveUseCaseName(d, p);
    const useCase = name ? this.catalogue.find(name) : undefined;
    return {
      ...d,
      profile: p,
      useCaseId: useCase?.id ?? name,
      riskTier: useCase?.risk_tier ?? null,
      gated: useCase ? isGatedTier(this.config, useCase.risk_tier) : false,
    };
  }

  async setProfile(actor: Actor, name: string, input: unknown): Promise<DeploymentProfile> {
    assertMayGovern(actor, 'profile.write');
    const deployment = await this.directory.get(name);
    return this.profiles.set(name, input, actor, {
      validate: (p) => {
        if (p.use_case) this.catalogue.get(p.use_case);
      },
      within: async (trx, next) => {
        const useCase = next.useCase ? this.catalogue.find(next.useCase) : undefined;
        const mustHold =
          useCase !== undefined && isGatedTier(this.config, useCase.risk_tier) && !next.enabled;
        if (mustHold && deployment.status.state === 'active') {
          await writeStatus(
            trx,
            { kind: 'deployment', name },
            'suspended',
            GATE_HOLD_REASON,
            GATE_HOLD_ACTOR,
          );
          await this.audit.appendIn(trx, {
            kind: 'governance.hold',
            actor: auditActor(actor),
            deployment: name,
            decision: 'held_for_gate',
            data: { use_case: useCase.id, risk_tier: useCase.risk_tier },
          });
        }
      },
    });
  }

  async checkGate(actor: Actor, name: string): Promise<GateResult> {
    assertMayGovern(actor, 'records.read');
    return this.gate(name);
  }

  private async gate(name: string, deployment?: DeploymentInfo): Promise<GateResult> {
    const d = deployment ?? (await this.directory.get(name));
    return checkGate({
      db: this.db,
      config: this.config,
      catalogue: this.catalogue,
      assessments: this.assessments,
      deployment: d,
      profile: await this.profiles.get(d.name),
      models: await this.modelMap(d.upstreams),
    });
  }

  /**
   * Puts a deployment into service once every requirement is met. A refusal is returned (and
   * audited) with the full list of what is missing; nothing changes.
   */
  async enable(
    actor: Actor,
    name: string,
  ): Promise<{ enabled: boolean; gate: GateResult; stillSuspended: boolean }> {
    assertMayGovern(actor, 'deployment.enable');
    const deployment = await this.directory.get(name);
    const gate = await this.gate(name, deployment);
    if (!gate.mayGoLive) {
      await this.audit.append({
        kind: 'governance.enable.refused',
        actor: auditActor(actor),
        deployment: name,
        decision: 'refused',
        data: { unmet: gate.requirements.filter((r) => !r.met).map((r) => r.id) },
      });
      return { enabled: false, gate, stillSuspended: deployment.status.state === 'suspended' };
    }
    const snapshot = {
      checked_at: gate.checkedAt,
      catalogue_version: gate.catalogueVersion,
      use_case: gate.useCase?.id ?? null,
      risk_tier: gate.useCase?.riskTier ?? null,
      models: gate.models,
      evidence: Object.fromEntries(
        gate.requirements.filter((r) => r.evidence).map((r) => [r.id, r.evidence!]),
      ),
    };
    await this.db.transaction().execute(async (trx) => {
      await this.profiles.markEnabled(trx, name, actor, snapshot);
      if (deployment.status.heldByGate)
        await writeStatus(trx, { kind: 'deployment', name }, 'active', null, actor.id);
      await this.audit.appendIn(trx, {
        kind: 'governance.enable',
        actor: auditActor(actor),
        deployment: name,
        decision: 'enabled',
        data: {
          use_case: snapshot.use_case,
          risk_tier: snapshot.risk_tier,
          models: gate.models.map((m) => `${m.id}@${m.version}`),
          requirements: gate.requirements.length,
        },
      });
    });
    return {
      enabled: true,
      gate,
      stillSuspended: deployment.status.state === 'suspended' && !deployment.status.heldByGate,
    };
  }

  /**
   * Keeps every deployment of a gated tier out of service until it is enabled, and withdraws an
   * enablement when the model versions behind it changed (a new version must pass the gate again).
   * Idempotent; the gateway runs it at start and periodically, the CLI before it reports.
   */
  async applyGateHolds(): Promise<HoldChange[]> {
    const changes: HoldChange[] = [];
    const [deployments, profiles] = await Promise.all([this.directory.list(), this.profiles.list()]);
    const byName = new Map(profiles.map((p) => [p.deployment, p]));
    for (const d of deployments) {
      const g = this.governed(d, byName.get(d.name));
      let enabled = g.profile.enabled;
      if (g.gated && enabled) {
        const models = await this.modelMap(d.upstreams);
        const now = d.upstreams.map((id) => `${id}@${models.get(id)?.version ?? 'unregistered'}`).sort();
        const then = ((g.profile.gateSnapshot?.models as Array<{ id: string; version: string }>) ?? [])
          .map((m) => `${m.id}@${m.version}`)
          .sort();
        if (now.join(',') !== then.join(',')) {
          await this.db.transaction().execute(async (trx) => {
            await trx
              .updateTable('gov_deployment_profiles')
              .set({ enabled: false, updated_at: new Date(), updated_by: GATE_HOLD_ACTOR })
              .where('deployment', '=', d.name)
              .execute();
            await this.audit.appendIn(trx, {
              kind: 'governance.enable.withdrawn',
              actor: { keyId: GATE_HOLD_ACTOR, role: 'system' },
              deployment: d.name,
              decision: 'withdrawn',
              data: { reason: 'model_versions_changed', enabled_for: then, now },
            });
          });
          enabled = false;
          changes.push({
            deployment: d.name,
            change: 'approval_withdrawn',
            reason: `models changed: ${then.join(',')} → ${now.join(',')}`,
          });
        }
      }
      const mustHold = g.gated && !enabled;
      if (mustHold && d.status.state === 'active' && (await this.hold(d.name, g.riskTier ?? ''))) {
        changes.push({
          deployment: d.name,
          change: 'held',
          reason: `${g.useCaseId} is a ${g.riskTier}-risk use and has not passed its gate`,
        });
      } else if (!mustHold && d.status.heldByGate) {
        await this.db.transaction().execute(async (trx) => {
          await writeStatus(trx, { kind: 'deployment', name: d.name }, 'active', null, GATE_HOLD_ACTOR);
          await this.audit.appendIn(trx, {
            kind: 'governance.release',
            actor: { keyId: GATE_HOLD_ACTOR, role: 'system' },
            deployment: d.name,
            decision: 'active',
            data: { use_case: g.useCaseId, risk_tier: g.riskTier, enabled },
          });
        });
        changes.push({
          deployment: d.name,
          change: 'released',
          reason: g.gated ? 'enabled' : 'no longer a gated use',
        });
      }
    }
    return changes;
  }

  /** Holds a deployment unless another replica just did (or someone suspended it): then nothing is written. */
  private async hold(name: string, tier: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const values = {
        status: 'suspended' as const,
        reason: GATE_HOLD_REASON,
        changed_by: GATE_HOLD_ACTOR,
        changed_at: new Date(),
      };
      const written = await trx
        .insertInto('deployment_status')
        .values({ kind: 'deployment', name, ...values })
        .onConflict((oc) =>
          oc.columns(['kind', 'name']).doUpdateSet(values).where('deployment_status.status', '=', 'active'),
        )
        .returning('name')
        .executeTakeFirst();
      if (!written) return false;
      await this.audit.appendIn(trx, {
        kind: 'governance.hold',
        actor: { keyId: GATE_HOLD_ACTOR, role: 'system' },
        deployment: name,
        decision: 'held_for_gate',
        data: { risk_tier: tier },
      });
      return true;
    });
  }

  // ——— kill switch ———

  /** A deployment name or a model id; `kind` settles a name that is both. */
  async resolveTarget(name: string, kind?: 'deployment' | 'model'): Promise<StatusTarget> {
    const deployment = kind !== 'model' ? await this.directory.find(name) : undefined;
    const model = kind !== 'deployment' ? await this.registry.find(name) : undefined;
    if (deployment && model && !kind) {
      throw new GovernanceError(`"${name}" is both a deployment and a model`, {
        code: 'conflict',
        hint: 'say which: --deployment or --model (API: /deployments/… or /models/…)',
      });
    }
    if (deployment) return { kind: 'deployment', name };
    if (model) return { kind: 'model', name };
    throw new GovernanceError(`no ${kind ?? 'deployment or model'} named "${name}"`, {
      code: 'not_found',
      hint: 'see `yiheng deploy list` and `yiheng models list`',
    });
  }

  async suspend(actor: Actor, target: TargetName, input: unknown): Promise<StatusTarget> {
    assertMayGovern(actor, 'deployment.suspend');
    const resolved = await this.resolveTarget(target.name, target.kind);
    await this.killSwitch.suspend(resolved, input, actor);
    return resolved;
  }

  async resume(
    actor: Actor,
    target: TargetName,
  ): Promise<{ target: StatusTarget; state: 'active' | 'held' }> {
    assertMayGovern(actor, 'deployment.resume');
    const resolved = await this.resolveTarget(target.name, target.kind);
    let holdForGate = false;
    if (resolved.kind === 'deployment') {
      const g = await this.deployment(actor, resolved.name);
      if (g.status.state !== 'suspended' || g.status.heldByGate) {
        throw new GovernanceError(`deployment "${resolved.name}" is not suspended by the kill switch`, {
          code: 'conflict',
          hint: g.status.heldByGate
            ? `it is held until its gate passes: yiheng deploy enable ${resolved.name}`
            : 'nothing to resume',
        });
      }
      holdForGate = g.gated && !g.profile.enabled;
    } else if ((await this.directory.modelStatus(resolved.name)).state !== 'suspended') {
      throw new GovernanceError(`model "${resolved.name}" is not suspended`, {
        code: 'conflict',
        hint: 'nothing to resume',
      });
    }
    const state = await this.killSwitch.resume(resolved, actor, { holdForGate });
    return { target: resolved, state };
  }

  // ——— lineage, cards, label ———

  async addLineage(actor: Actor, input: unknown) {
    assertMayGovern(actor, 'lineage.write');
    const subject = (input as { subject?: { kind?: string; name?: string } })?.subject;
    if (subject?.kind === 'deployment' && subject.name) await this.directory.get(subject.name);
    if (subject?.kind === 'model' && subject.name && !(await this.registry.find(subject.name))) {
      throw new GovernanceError(`unknown model "${subject.name}"`, {
        code: 'not_found',
        hint: 'see `yiheng models list`',
      });
    }
    return this.lineage.add(input, actor);
  }

  async deploymentLineage(actor: Actor, name: string): Promise<DeploymentLineage> {
    assertMayGovern(actor, 'records.read');
    const d = await this.deployment(actor, name);
    return deploymentLineage(d, await this.modelMap(d.upstreams), this.lineage, d.profile.deployer);
  }

  async modelCard(actor: Actor, modelId: string): Promise<ModelCard> {
    assertMayGovern(actor, 'records.read');
    const model = await this.registry.get(modelId);
    return buildModelCard(this.db, model, this.lineage);
  }

  async label(actor: Actor, name: string): Promise<NutritionLabel> {
    assertMayGovern(actor, 'label.read');
    return this.labelOf(await this.directory.get(name));
  }

  private async labelOf(d: DeploymentInfo, gate?: GateResult): Promise<NutritionLabel> {
    const models = await this.modelMap(d.upstreams);
    const cards: ModelCard[] = [];
    for (const id of d.upstreams) {
      const model = models.get(id);
      if (model) cards.push(await buildModelCard(this.db, model, this.lineage));
    }
    return buildNutritionLabel({
      deployment: d,
      profile: await this.profiles.get(d.name),
      catalogue: this.catalogue,
      cards,
      gate: gate ?? (await this.gate(d.name, d)),
      usage: await usageFigures(this.db, this.config, d.name, models),
      incidents: await this.incidents.list({ deployment: d.name, models: d.upstreams }),
    });
  }

  // ——— assessments ———

  async startAssessment(
    actor: Actor,
    input: { template: string; subject: { kind: 'deployment' | 'model'; name: string } },
  ) {
    assertMayGovern(actor, 'assessment.write');
    if (input?.subject?.kind === 'deployment') await this.directory.get(input.subject.name);
    if (input?.subject?.kind === 'model') await this.registry.get(input.subject.name);
    return this.assessments.start(input, actor);
  }

  async answerAssessment(actor: Actor, id: string, answers: unknown) {
    assertMayGovern(actor, 'assessment.write');
    return this.assessments.answer(id, answers, actor);
  }

  async submitAssessment(actor: Actor, id: string) {
    assertMayGovern(actor, 'assessment.write');
    return this.assessments.submit(id, actor);
  }

  async reviewAssessment(
    actor: Actor,
    id: string,
    input: { decision: 'approve' | 'request_changes'; note?: string | undefined },
  ) {
    assertMayGovern(actor, 'assessment.review');
    return this.assessments.review(id, input, actor);
  }

  async listAssessments(actor: Actor, filter: Parameters<Assessments['list']>[0] = {}) {
    assertMayGovern(actor, 'records.read');
    return this.assessments.list(filter);
  }

  async getAssessment(actor: Actor, id: string) {
    assertMayGovern(actor, 'records.read');
    return this.assessments.get(id);
  }

  // ——— incidents ———

  async reportIncident(actor: Actor, input: unknown, source: 'cli' | 'api'): Promise<Incident> {
    assertMayGovern(actor, 'incident.report');
    const body = input as { deployment?: unknown; model?: unknown } | null;
    if (typeof body?.deployment === 'string') await this.directory.get(body.deployment);
    if (typeof body?.model === 'string') await this.registry.get(body.model);
    return this.incidents.report(input, source, actor);
  }

  async updateIncident(actor: Actor, id: string, input: unknown): Promise<Incident> {
    assertMayGovern(actor, 'incident.update');
    return this.incidents.update(id, input, actor);
  }

  async listIncidents(actor: Actor, filter: Parameters<Incidents['list']>[0] = {}): Promise<Incident[]> {
    assertMayGovern(actor, 'records.read');
    return this.incidents.list(filter);
  }

  async getIncident(actor: Actor, id: string): Promise<Incident> {
    assertMayGovern(actor, 'records.read');
    return this.incidents.get(id);
  }

  async scanIncidents(actor: Actor, now?: Date): Promise<ScanHit[]> {
    assertMayGovern(actor, 'incident.scan');
    return scanForIncidents(this.db, this.audit, this.incidentRules, now);
  }

  // ——— monitoring ———

  async monitoring(actor: Actor, query: MonitoringQuery): Promise<SeriesPoint[]> {
    assertMayGovern(actor, 'monitoring.read');
    await this.directory.get(query.deployment);
    return monitoringSeries(this.db, query);
  }

  async drift(actor: Actor, name: string, now?: Date): Promise<DriftVerdict[]> {
    assertMayGovern(actor, 'monitoring.read');
    const d = await this.deployment(actor, name);
    const primary = d.upstreams[0] ? await this.registry.find(d.upstreams[0]) : undefined;
    return checkDrift(this.db, {
      deployment: name,
      rules: this.driftRules,
      liveSince: d.profile.enabledAt ? new Date(d.profile.enabledAt) : null,
      primaryModel: primary,
      ...(now ? { now } : {}),
    });
  }

  async modelMap(ids: string[]): Promise<Map<string, ModelRecord>> {
    const map = new Map<string, ModelRecord>();
    for (const id of ids) {
      const model = await this.registry.find(id);
      if (model) map.set(id, model);
    }
    return map;
  }
}

function emptyProfileOf(deployment: string): DeploymentProfile {
  return {
    deployment,
    useCase: null,
    humanOversight: null,
    deployer: null,
    notes: null,
    enabled: false,
    enabledAt: null,
    enabledBy: null,
    gateSnapshot: null,
    updatedAt: null,
    updatedBy: null,
  };
}

/** Every assessment a use case requires must exist as a template: caught at start, not at a gate. */
function checkCatalogueTemplates(catalogue: Catalogue, templates: TemplateLibrary): void {
  const known = new Set(templates.ids());
  for (const useCase of catalogue.useCases) {
    for (const t of useCase.requirements.assessments) {
      if (!known.has(t)) {
        throw new GovernanceError(
          `use case ${useCase.id} requires assessment "${t}", which has no template`,
          {
            code: 'invalid_record',
            hint: `use one of: ${[...known].join(', ')}`,
            fields: [
              { field: `use_cases.${useCase.id}.requirements.assessments`, reason: `unknown template ${t}` },
            ],
          },
        );
      }
    }
  }
}
