import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web console, built into web/dist and served by the registry itself at `/`. Vite's own transformer (oxc)
 * compiles the JSX for Preact, so the build needs no Babel and no framework plugin.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  resolve: {
    // urql's Preact bindings and the router import preact directly; nothing here needs React.
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Everything is served from this process: no CDN, no external font, so the console works offline.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev:web` proxies the API to a registry started with `npm start` on port 4000.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/archives': 'http://127.0.0.1:4000', '/graphiql': 'http://127.0.0.1:4000' },
  },
});
