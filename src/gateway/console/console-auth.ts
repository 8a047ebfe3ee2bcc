import type { MiddlewareHandler } from 'hono';
import { errors } from '../http/api-error.ts';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { type ConsolePermission, consolePermissions, consolePermissionVerbs } from './console-permissions.ts';

/** A console route that needs a console permission: 403 naming the roles that have it. */
export function requireConsolePermission(permission: ConsolePermission): MiddlewareHandler<GatewayEnv> {
  return async (c, next) => {
    const key = c.get('key');
    const roles: readonly string[] = consolePermissions[permission];
    if (!roles.includes(key.role))
      throw errors.forbidden(key.role, consolePermissionVerbs[permission], roles);
    await next();
  };
}
