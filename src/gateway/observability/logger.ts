import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * Structured JSON logs. What may appear: ids of requests, keys and deployments, route patterns,
 * status codes, latencies, decisions, finding types and counts. What may not: message text,
 * headers, query strings, end-user identifiers — the gateway never hands them to the logger.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'yiheng-gateway' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // A second line of defence should anyone log a request object by mistake.
      redact: {
        paths: ['req.headers', 'headers', 'authorization', 'body', 'messages', 'content'],
        remove: true,
      },
    },
    // Buffered: one write per 4 KB instead of one per request line. The audit trail, not this log,
    // is the durable record; a crash may lose the last few log lines, never an audit record.
    destination ?? pino.destination({ dest: 1, sync: false, minLength: 4096 }),
  );
}

export type { Logger };
