import { type ApiRole, apiRoles } from '../../foundation/config.ts';

export { type ApiRole, apiRoles };

/** What a key may do. One table, so the role matrix can be read and tested in one place. */
export const permissions = {
  chat: ['clinician', 'patient-app', 'evaluator', 'admin'],
  'models.read': ['clinician', 'patient-app', 'evaluator', 'reviewer', 'auditor', 'admin'],
  feedback: ['clinician', 'patient-app', 'evaluator', 'reviewer', 'admin'],
  'review.read': ['reviewer', 'auditor', 'admin'],
  'review.decide': ['reviewer', 'admin'],
  'audit.read': ['auditor', 'admin'],
  'deployments.read': ['clinician', 'evaluator', 'reviewer', 'auditor', 'admin'],
  'deployments.write': ['admin'],
  'keys.manage': ['admin'],
} as const satisfies Record<string, readonly ApiRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: ApiRole, permission: Permission): boolean {
  return (permissions[permission] as readonly ApiRole[]).includes(role);
}

export function isRole(value: string): value is ApiRole {
  return (apiRoles as readonly string[]).includes(value);
}

/** Words for messages: what each permission lets a key do. */
export const permissionVerbs: Record<Permission, string> = {
  chat: 'call chat completions',
  'models.read': 'list models',
  feedback: 'send feedback',
  'review.read': 'read the review queue',
  'review.decide': 'decide review items',
  'audit.read': 'read the audit trail',
  'deployments.read': 'read deployments',
  'deployments.write': 'change deployments',
  'keys.manage': 'manage API keys',
};
