// Vite builds the dashboard (dashboard/index.html → dashboard/dist) for the Fastify app to serve at `/`.
// In development, `npx vite --config dashboard/vite.config.ts` proxies /api and /docs to a running
// `gongkai serve` on port 3000.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // Nothing in public/ yet; keeping Vite from looking in the repository root.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Plot, d3 and Arrow make one chunk of about 500 kB (ExcelJS is a separate, copied asset).
    chunkSizeWarningLimit: 700,
    // ExcelJS's prebuilt file stays a file of its own rather than being inlined as a data: URL.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/docs': 'http://localhost:3000' },
  },
  logLevel: 'warn',
});
