import { describe, expect, it } from 'vitest';
import { type ApiRole, apiRoles } from '../../foundation/config.ts';
import { GovernanceError } from '../shared/errors.ts';
import { cliActor, keyActor } from './actor.ts';
import { assertMayGovern, type GovernanceAction, governanceActions, mayGovern } from './governance-roles.ts';

// The specification, written out: only admin and auditor change records; enabling and resuming
// (putting something into service) is admin's; reading is wider; the label is for everyone.
const Y = true;
const N = false;
const matrix: Record<GovernanceAction, Record<ApiRole, boolean>> = {
  'label.read': { clinician: Y, 'patient-app': Y, evaluator: Y, reviewer: Y, auditor: Y, admin: Y },
  'records.read': { clinician: Y, 'patient-app': N, evaluator: Y, reviewer: Y, auditor: Y, admin: Y },
  'monitoring.read': { clinician: N, 'patient-app': N, evaluator: Y, reviewer: Y, auditor: Y, admin: Y },
  'dossier.export': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'profile.write': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'lineage.write': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'assessment.write': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'assessment.review': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'incident.report': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'incident.update': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'incident.scan': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'deployment.suspend': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: Y, admin: Y },
  'deployment.resume': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: N, admin: Y },
  'deployment.enable': { clinician: N, 'patient-app': N, evaluator: N, reviewer: N, auditor: N, admin: Y },
};

const cases = governanceActions.flatMap((action) =>
  apiRoles.map((role) => [action, role, matrix[action][role]] as const),
);

describe('the governance role table', () => {
  it('covers every action in the specification', () => {
    expect([...governanceActions].sort()).toEqual(Object.keys(matrix).sort());
  });

  it.each(cases)('%s by %s → allowed: %s', (action, role, allowed) => {
    expect(mayGovern(role, action)).toBe(allowed);
    const attempt = () => assertMayGovern({ id: `key_${role}`, role }, action);
    if (allowed) expect(attempt).not.toThrow();
    else
      expect(attempt).toThrow(
        expect.objectContaining({ code: 'forbidden', message: expect.stringContaining(role) }),
      );
  });

  it('never lets a non-admin, non-auditor role change a record', () => {
    const changes = governanceActions.filter((a) => !a.endsWith('.read') && a !== 'dossier.export');
    for (const action of changes) {
      for (const role of apiRoles)
        if (role !== 'admin' && role !== 'auditor') expect(mayGovern(role, action)).toBe(false);
    }
  });
});

describe('actors', () => {
  it('the CLI acts as admin under a handle, never a free-form name', () => {
    expect(cliActor('safety-officer-1', {})).toEqual({ id: 'cli:safety-officer-1', role: 'admin' });
    expect(cliActor(undefined, { YIHENG_ACTOR: 'ops' })).toEqual({ id: 'cli:ops', role: 'admin' });
    expect(cliActor(undefined, {})).toEqual({ id: 'cli:cli', role: 'admin' });
    expect(() => cliActor('Zhang San', {})).toThrow(GovernanceError);
    expect(() => cliActor('a'.repeat(65), {})).toThrow(/not allowed/);
  });

  it('an API key acts with its own role, and an unknown role is refused', () => {
    expect(keyActor({ id: 'key_1', role: 'auditor' })).toEqual({ id: 'key_1', role: 'auditor' });
    expect(() => keyActor({ id: 'key_1', role: 'root' })).toThrow(/unknown role/);
  });
});
