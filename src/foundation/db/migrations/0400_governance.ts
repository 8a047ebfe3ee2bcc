import { type Kysely, sql } from 'kysely';

/**
 * Governance records: deployment profiles (intended use, human oversight, go-live), versioned
 * lineage, impact assessments with sign-off, and incidents with their history. Suspensions use
 * the gateway's deployment_status table, so every replica sees them through one mechanism.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gov_deployment_profiles')
    .ifNotExists()
    .addColumn('deployment', 'text', (c) => c.primaryKey())
    .addColumn('use_case', 'text')
    .addColumn('human_oversight', 'text')
    .addColumn('deployer', 'text')
    .addColumn('notes', 'text')
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('enabled_at', 'timestamptz')
    .addColumn('enabled_by', 'text')
    .addColumn('gate_snapshot', 'jsonb')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('gov_lineage')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull().check(sql`subject_kind in ('model', 'deployment')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('actor_role', 'text', (c) =>
      c.notNull().check(sql`actor_role in ('developer', 'provider', 'deployer')`),
    )
    .addColumn('organisation', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('gov_lineage_version', ['subject_kind', 'subject', 'step', 'version'])
    .execute();

  await db.schema
    .createTable('gov_assessments')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull().check(sql`subject_kind in ('deployment', 'model')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'submitted', 'approved', 'changes_requested')`),
    )
    .addColumn('answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completeness', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('risk_score', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('risk_level', 'text', (c) => c.notNull())
    .addColumn('blockers', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('author', 'text', (c) => c.notNull())
    // Everyone who wrote answers: none of them may approve (four eyes).
    .addColumn('contributors', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('reviewer', 'text')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addColumn('valid_until', 'timestamptz')
    // The database refuses a self-approval even if a bug let one through the code.
    .addCheckConstraint('gov_assessments_four_eyes', sql`reviewer is null or reviewer <> author`)
    .execute();
  await sql`create index if not exists gov_assessments_subject on gov_assessments (subject_kind, subject, template_id)`.execute(
    db,
  );

  await db.schema
    .createTable('gov_incidents')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) =>
      c.notNull().check(sql`severity in ('low', 'medium', 'high', 'critical')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'investigating', 'mitigated', 'resolved', 'closed')`),
    )
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('cli', 'api', 'auto')`))
    .addColumn('rule_id', 'text')
    .addColumn('deployment', 'text')
    .addColumn('model_id', 'text')
    .addColumn('corrective_action', 'text')
    .addColumn('audit_record_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('resolved_at', 'timestamptz')
    .execute();
  await sql`create index if not exists gov_incidents_status on gov_incidents (status, created_at)`.execute(
    db,
  );

  await db.schema
    .createTable('gov_incident_events')
    .ifNotExists()
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('gov_incidents.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('note', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await sql`create index if not exists gov_incident_events_incident on gov_incident_events (incident_id, id)`.execute(
    db,
  );
}
