import { Hono } from 'hono';
import type { GatewayEnv } from '../http/gateway-env.ts';
import { capabilitiesOf } from './console-permissions.ts';

/**
 * /api/console/session: who the pasted key is and everything its role may do. The console builds
 * its navigation from `can`; every route still checks its own permission on the server.
 */
export function sessionRoutes() {
  const app = new Hono<GatewayEnv>();
  app.get('/', (c) => {
    const key = c.get('key');
    return c.json({
      key: { id: key.id, name: key.name, role: key.role, prefix: key.prefix },
      can: capabilitiesOf(key.role),
    });
  });
  return app;
}
