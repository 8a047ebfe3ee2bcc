import type { ApiKey } from '../auth/api-keys.ts';

/** What middleware hands to route handlers. */
export interface GatewayEnv {
  Variables: {
    key: ApiKey;
    requestId: string;
    /** Facts for the access log: types, counts and decisions only. */
    logFields: Record<string, unknown>;
  };
}
