import { defineConfig } from 'vite';

// The console is served by the gateway at /, so it is built with absolute paths and no dev server
// is needed; `npx vite --config web/vite.config.ts` still works and proxies the API to a local
// `yiheng serve` for working on the pages.
const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: here,
  base: '/',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One chart library and React: a single bundle of a few hundred kB is fine on a hospital LAN.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787', '/v1': 'http://127.0.0.1:8787' },
  },
});
