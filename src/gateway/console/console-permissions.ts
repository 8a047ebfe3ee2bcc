import type { ApiRole } from '../../foundation/config.ts';
import { governancePermissions } from '../../governance/access/governance-roles.ts';
import { permissions as gatewayPermissions } from '../auth/roles.ts';

/**
 * What the console adds to the gateway's role table: reading and starting evaluations, and the
 * overview. Kept beside the gateway's and governance's tables so the console can say, in one list,
 * everything a key may do — and the server still checks each route on its own.
 */
export const consolePermissions = {
  'overview.read': ['clinician', 'evaluator', 'reviewer', 'auditor', 'admin'],
  'evaluations.read': ['clinician', 'evaluator', 'reviewer', 'auditor', 'admin'],
  'evaluations.run': ['evaluator', 'admin'],
} as const satisfies Record<string, readonly ApiRole[]>;

export type ConsolePermission = keyof typeof consolePermissions;

export const consolePermissionVerbs: Record<ConsolePermission, string> = {
  'overview.read': 'read the overview',
  'evaluations.read': 'read evaluation runs',
  'evaluations.run': 'start evaluation runs',
};

function allowed(table: Record<string, readonly ApiRole[]>, role: ApiRole, prefix: string): string[] {
  return Object.entries(table)
    .filter(([, roles]) => roles.includes(role))
    .map(([name]) => `${prefix}${name}`);
}

/**
 * Everything a role may do, namespaced: `chat`, `review.decide` (gateway), `console.evaluations.run`,
 * `governance.deployment.suspend`. The console shows pages and buttons from this list.
 */
export function capabilitiesOf(role: ApiRole): string[] {
  return [
    ...allowed(gatewayPermissions, role, ''),
    ...allowed(consolePermissions, role, 'console.'),
    ...allowed(governancePermissions, role, 'governance.'),
  ];
}
