import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import type { GatewayEnv } from '../http/gateway-env.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Paths that belong to the API: never answered with the console's page. */
const API_PATHS = /^\/(api|v1)(\/|$)|^\/(healthz|readyz|metrics)$/;

/**
 * The console's security headers. Everything comes from this origin; styles may be inline because
 * the charts set style attributes; nothing may frame the console (clickjacking on review buttons).
 */
const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Yiheng console not built</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.6">
<h1>医衡 Yiheng</h1><p>The gateway is running, but the web console has not been built.</p>
<p>控制台尚未构建。请在项目目录运行 · Run in the project folder: <code>npm run build:web</code> (or <code>npm start</code>, which builds it first), then reload.</p>
<p>The API is at <code>/v1/chat/completions</code> and <code>/api/…</code>.</p></body></html>`;

/**
 * Serves the built console (web/dist) at /. Hashed files under /assets are cached for a year;
 * index.html is revalidated every time, so a rebuilt console is picked up on reload. Any other
 * page path gets index.html (the console routes in the browser); API paths never do.
 */
export function serveConsole(app: Hono<GatewayEnv>, consoleDir: string | undefined): void {
  const root = consoleDir ? path.resolve(consoleDir) : undefined;
  const built = () => Boolean(root && existsSync(path.join(root, 'index.html')));

  const sendFile = (file: string, immutable: boolean, method: string) => {
    const ext = path.extname(file).toLowerCase();
    const size = statSync(file).size;
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(ext === '.html' ? PAGE_HEADERS : { 'x-content-type-options': 'nosniff' }),
    };
    const body = method === 'HEAD' ? null : (Readable.toWeb(createReadStream(file)) as ReadableStream);
    return new Response(body, { status: 200, headers });
  };

  app.on(['GET', 'HEAD'], '/*', async (c, next) => {
    const urlPath = c.req.path;
    if (API_PATHS.test(urlPath)) return next();
    if (!root || !built()) {
      if (urlPath === '/' || !path.extname(urlPath)) {
        return c.html(NOT_BUILT, 503, { 'cache-control': 'no-store' });
      }
      return next();
    }
    let relative: string;
    try {
      relative = decodeURIComponent(urlPath);
    } catch {
      return next();
    }
    const file = path.resolve(root, `.${relative}`);
    // Nothing outside the console folder, whatever the path says.
    if (file !== root && !file.startsWith(root + path.sep)) return next();
    if (existsSync(file) && statSync(file).isFile()) {
      return sendFile(file, relative.startsWith('/assets/'), c.req.method);
    }
    // A page of the single-page console (no file extension): its shell.
    if (!path.extname(relative)) return sendFile(path.join(root, 'index.html'), false, c.req.method);
    return next();
  });
}
