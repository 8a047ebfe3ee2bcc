import type { Governance, HoldChange } from './governance.ts';
import type { ScanHit } from './incidents/incident-scan.ts';
import { IncidentScanner } from './incidents/incident-scan.ts';

export interface GovernanceMonitorOptions {
  governance: Governance;
  /** How often to hold ungated deployments and scan the audit trail for incidents (default 15 s). */
  intervalMs?: number;
  onHold?: (change: HoldChange) => void;
  onIncident?: (hit: ScanHit) => void;
  /** Called after a change the gateway's deployment catalogue should see at once (holds, auto-suspensions). */
  onStatusChange?: () => void;
  onError?: (error: unknown) => void;
}

/**
 * What `yiheng serve` runs beside the gateway: one pass at start, then every interval, it holds
 * high-risk deployments that have not passed their gate (including ones added to yiheng.yaml or
 * through the API since) and opens incidents where guard decisions crossed a rule's threshold.
 * Every replica may run it: holds are idempotent and automatic incidents dedupe in the database.
 */
export function startGovernanceMonitor(options: GovernanceMonitorOptions): {
  ready: Promise<void>;
  stop(): Promise<void>;
} {
  const g = options.governance;
  let running: Promise<void> | undefined;
  // Kept across passes, so each pass reads only what was audited since the last one.
  const scanner = new IncidentScanner(g.db, g.audit, g.incidentRules);
  const pass = async () => {
    const holds = await g.applyGateHolds();
    for (const h of holds) options.onHold?.(h);
    const hits = await scanner.scan();
    for (const hit of hits) if (hit.created) options.onIncident?.(hit);
    if (holds.length > 0 || hits.some((h) => h.suspended)) options.onStatusChange?.();
  };
  const tick = () => {
    // A slow pass is never overlapped by the next one.
    if (running) return running;
    running = pass()
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const ready = tick();
  const timer = setInterval(tick, options.intervalMs ?? 15_000);
  timer.unref();
  return {
    ready,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
