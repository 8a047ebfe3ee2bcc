import type { ApiRole } from '../../foundation/config.ts';
import { GovernanceError } from '../shared/errors.ts';
import type { Actor } from './actor.ts';

/**
 * Who may do what with governance records: one table for the CLI and the API alike. Only admin and
 * auditor change records. Stopping a deployment is open to both (cheap and safe); putting one into
 * service (enable, resume) is the operator's decision, so admin only.
 */
export const governancePermissions = {
  /** The disclosure label: anyone who uses a deployment may read what it is. */
  'label.read': ['clinician', 'patient-app', 'evaluator', 'reviewer', 'auditor', 'admin'],
  'records.read': ['clinician', 'evaluator', 'reviewer', 'auditor', 'admin'],
  'monitoring.read': ['evaluator', 'reviewer', 'auditor', 'admin'],
  'dossier.export': ['auditor', 'admin'],
  'profile.write': ['auditor', 'admin'],
  'lineage.write': ['auditor', 'admin'],
  'assessment.write': ['auditor', 'admin'],
  'assessment.review': ['auditor', 'admin'],
  'incident.report': ['auditor', 'admin'],
  'incident.update': ['auditor', 'admin'],
  'incident.scan': ['auditor', 'admin'],
  'deployment.suspend': ['auditor', 'admin'],
  'deployment.resume': ['admin'],
  'deployment.enable': ['admin'],
} as const satisfies Record<string, readonly ApiRole[]>;

export type GovernanceAction = keyof typeof governancePermissions;
export const governanceActions = Object.keys(governancePermissions) as GovernanceAction[];

export function mayGovern(role: ApiRole, action: GovernanceAction): boolean {
  return (governancePermissions[action] as readonly ApiRole[]).includes(role);
}

/** Refuses, naming the roles that may, before anything is read or written. */
export function assertMayGovern(actor: Actor, action: GovernanceAction): void {
  if (mayGovern(actor.role, action)) return;
  throw new GovernanceError(`a ${actor.role} key may not ${action.replace('.', ' ')}`, {
    code: 'forbidden',
    hint: `use a key with one of the roles: ${governancePermissions[action].join(', ')}`,
  });
}
