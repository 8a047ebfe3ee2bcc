import { describe, expect, it } from 'vitest';
import { apiRoles, can, type Permission, permissions } from './roles.ts';

describe('role matrix', () => {
  // The whole matrix, spelled out: a change to who may do what must change this table too.
  const expected: Record<Permission, string[]> = {
    chat: ['clinician', 'patient-app', 'evaluator', 'admin'],
    'models.read': ['clinician', 'patient-app', 'evaluator', 'reviewer', 'auditor', 'admin'],
    feedback: ['clinician', 'patient-app', 'evaluator', 'reviewer', 'admin'],
    'review.read': ['reviewer', 'auditor', 'admin'],
    'review.decide': ['reviewer', 'admin'],
    'audit.read': ['auditor', 'admin'],
    'deployments.read': ['clinician', 'evaluator', 'reviewer', 'auditor', 'admin'],
    'deployments.write': ['admin'],
    'keys.manage': ['admin'],
  };

  it.each(Object.keys(permissions) as Permission[])('%s', (permission) => {
    const allowed = apiRoles.filter((role) => can(role, permission));
    expect(allowed).toEqual(expected[permission]);
  });
});
