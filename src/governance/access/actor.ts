import { type ApiRole, apiRoles } from '../../foundation/config.ts';
import { GovernanceError } from '../shared/errors.ts';

/**
 * Who changes a governance record: an API key (its id and role) or the CLI. Never a person's name:
 * the CLI takes a handle such as `safety-officer-1`, so the audit trail stays free of identities.
 */
export interface Actor {
  /** `key_…` for an API key, `cli:<handle>` for the command line. */
  id: string;
  role: ApiRole;
}

const HANDLE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/**
 * The command line acts as admin: whoever can run it already holds the database. The handle tells
 * two people apart for four-eyes rules (the author of an assessment cannot approve it).
 */
export function cliActor(handle: string | undefined, env: NodeJS.ProcessEnv = process.env): Actor {
  const chosen = handle ?? env.YIHENG_ACTOR ?? 'cli';
  if (!HANDLE.test(chosen)) {
    throw new GovernanceError(`the actor handle "${chosen}" is not allowed`, {
      code: 'invalid_record',
      hint: 'use 1–64 letters, digits and . _ - (a role handle such as safety-officer-1, not a name)',
      fields: [{ field: 'actor', reason: 'use 1–64 letters, digits and . _ -' }],
    });
  }
  return { id: `cli:${chosen}`, role: 'admin' };
}

export function keyActor(key: { id: string; role: string }): Actor {
  if (!(apiRoles as readonly string[]).includes(key.role)) {
    throw new GovernanceError(`unknown role "${key.role}"`, { code: 'forbidden' });
  }
  return { id: key.id, role: key.role as ApiRole };
}

/** The audit trail's actor shape. */
export function auditActor(actor: Actor): { keyId: string; role: string } {
  return { keyId: actor.id, role: actor.role };
}
