import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

/** In dev, /console/* (not a file) falls back to the console page, as the api does in production. */
function consoleFallback(): Plugin {
  return {
    name: 'console-spa-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '';
        if (/^\/console(\/[^.]*)?(\?.*)?$/.test(url)) req.url = '/console/index.html';
        next();
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react(), consoleFallback()],
  resolve: {
    alias: {
      // one glossary and one survey template, shared with the api
      '@glossary': here('../../libs/common/glossary.ts'),
      '@app/common/glossary': here('../../libs/common/glossary.ts'),
      '@survey-template': here('../../libs/evaluation/survey-template.ts'),
      // the words of every refusal (extensions.reason + params), shared with the api
      '@reasons': here('../../libs/common/reasons.ts'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/exports': { target: api, changeOrigin: true },
      '/auth': { target: api, changeOrigin: true },
      '/uploads': { target: api, changeOrigin: true },
      '/photos': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    target: 'es2022',
    rolldownOptions: {
      input: {
        portal: here('index.html'),
        console: here('console/index.html'),
      },
      output: {
        // the chunk both apps share (React, Ant Design core, urql) is named after its first module
        // by default; call it what it is
        chunkFileNames: (chunk) => `assets/${chunk.name === 'preload-helper' ? 'shared' : chunk.name}-[hash].js`,
      },
    },
  },
});
