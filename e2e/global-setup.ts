import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

/** The built renderer; E2E_RENDERER_DIR points at another build (e.g. a private one while developing). */
const rendererDir = resolve(process.env.E2E_RENDERER_DIR ?? resolve(import.meta.dirname, '..', 'out', 'renderer'));

/** Serves the built renderer for the whole E2E run; tests read its address with inject('baseUrl'). */
export default async function setup(project: TestProject) {
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error(`E2E: ${rendererDir}/index.html is missing — run \`npm run build\` first (npm test does).`);
  }
  const server = await startStaticServer(rendererDir);
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
