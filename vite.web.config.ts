import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Browser mode: the same renderer, served by Vite without Electron (`npm run web`). */
const appVersion = (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }).version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  root: resolve(import.meta.dirname, 'renderer'),
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
});
