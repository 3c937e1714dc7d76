import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `watchfloor serve` listens by default; the dev server forwards live and REST traffic there. */
const CORE_ORIGIN = 'http://127.0.0.1:4780';

/** renderer/api/ is served as /api/… in dev too; those module requests must not go to the core's REST API. */
const RENDERER_MODULE = /^\/api\/[^?]*\.(?:tsx?|jsx?|css)(?:\?|$)/;

export default defineConfig({
  root: 'renderer',
  // Absolute, because the core serves the console at / and plans at /site/…; './' breaks deep links.
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/socket.io': { target: CORE_ORIGIN, ws: true },
      '/api': { target: CORE_ORIGIN, bypass: (req) => (RENDERER_MODULE.test(req.url ?? '') ? req.url : undefined) },
      '/site': CORE_ORIGIN,
    },
  },
});
