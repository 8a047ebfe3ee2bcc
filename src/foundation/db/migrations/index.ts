import type { Migration } from 'kysely';
import * as core from './0001_core.ts';
import * as knowledge from './0100_knowledge.ts';
import * as evaluation from './0200_evaluation.ts';
import * as gateway from './0300_gateway.ts';
import * as gatewayVault from './0301_gateway_vault.ts';
import * as governance from './0400_governance.ts';

/**
 * Every migration, by name. Names sort in the order they must run; each area owns a
 * number range (0001 core, 0100 knowledge, 0200 evaluation, 0300 guard and gateway,
 * 0400 governance) so areas can add migrations independently.
 */
export const migrations: Record<string, Migration> = {
  '0001_core': core,
  '0100_knowledge': knowledge,
  '0200_evaluation': evaluation,
  '0300_gateway': gateway,
  '0301_gateway_vault': gatewayVault,
  '0400_governance': governance,
};
