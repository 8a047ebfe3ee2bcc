import { parentPort, workerData } from 'node:worker_threads';
import type { Language } from '../../foundation/text/language.ts';
import type { DetectorName } from '../detectors/detector.ts';
import { createGuard } from '../guard.ts';
import type { Policy } from '../policy/schema.ts';

/**
 * One guard worker (see findings-pool.ts): builds the guard from the policies it was given and
 * answers each request with the findings of the named detectors.
 */
const data = workerData as { policies: Policy[]; knowledge: boolean };
const guard = createGuard({ policies: data.policies, ...(data.knowledge ? {} : { knowledge: false }) });
const byName = new Map(data.policies.map((p) => [p.name, p]));

parentPort!.on(
  'message',
  (request: { id: number; text: string; names: DetectorName[]; policy: string; language: Language }) => {
    try {
      const policy = byName.get(request.policy);
      if (!policy) throw new Error(`unknown policy ${request.policy}`);
      const findings = guard.findings(request.text, request.names, policy, request.language);
      parentPort!.postMessage({ id: request.id, findings });
    } catch (error) {
      parentPort!.postMessage({
        id: request.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  },
);
parentPort!.postMessage({ ready: true });
