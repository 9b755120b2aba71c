import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Browser mode: the same renderer, served by Vite without Electron (`npm run web`). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
});
