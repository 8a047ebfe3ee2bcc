import type { CoreTables } from './core.ts';
import type { EvaluationTables } from './evaluation.ts';
import type { GatewayTables } from './gateway.ts';
import type { GovernanceTables } from './governance.ts';
import type { KnowledgeTables } from './knowledge.ts';

export type { Id, Json, JsonWithDefault, Timestamp, WithDefault } from './core.ts';

/**
 * The typed view of the whole schema that Kysely checks queries against. Each area keeps its
 * row types in its own file and creates its tables in its own migrations.
 */
export interface Database
  extends CoreTables,
    KnowledgeTables,
    EvaluationTables,
    GatewayTables,
    GovernanceTables {}
