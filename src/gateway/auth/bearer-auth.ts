import type { MiddlewareHandler } from 'hono';
import { errors } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import type { KeyStore } from './api-keys.ts';
import { can, type Permission, permissions, permissionVerbs } from './roles.ts';

/** Every API route: a valid bearer key, or 401. */
export function bearerAuth(keys: KeyStore): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) throw errors.missingKey();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw errors.missingKey();
    const key = await keys.authenticate(match[1]!);
    if (!key) throw errors.invalidKey();
    c.set('key', key);
    await next();
  };
}

/** A route that needs a permission: 403 with the roles that have it. */
export function requirePermission(permission: Permission): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const key = c.get('key');
    if (!can(key.role, permission))
      throw errors.forbidden(key.role, permissionVerbs[permission], permissions[permission]);
    await next();
  };
}
