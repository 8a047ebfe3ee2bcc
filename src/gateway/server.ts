import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Gateway } from './gateway.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets open requests finish (up to `graceMs`), then closes the rest. */
  close(graceMs?: number): Promise<void>;
}

/** Listens on a port with @hono/node-server. Port 0 picks a free one (tests, benchmarks). */
export function listen(gateway: Gateway, options: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: gateway.app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = options.host.includes(':') ? `[${options.host}]` : options.host;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: (graceMs = 5000) =>
            new Promise<void>((done) => {
              const force = setTimeout(() => {
                (server as import('node:http').Server).closeAllConnections?.();
              }, graceMs);
              force.unref();
              (server as import('node:http').Server).closeIdleConnections?.();
              server.close(() => {
                clearTimeout(force);
                done();
              });
            }),
        });
      },
    );
    // Slow clients must not hold sockets forever; upstream timeouts bound the rest.
    const http = server as import('node:http').Server;
    http.headersTimeout = 30_000;
    http.requestTimeout = 0;
    http.keepAliveTimeout = 30_000;
    server.once('error', (error: NodeJS.ErrnoException) => reject(error));
  });
}
