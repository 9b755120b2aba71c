import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

/** electron-builder.yml as electron-builder itself reads it (and checked against its schema). */
async function builderConfig() {
  const config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('the Windows package (electron-builder.yml)', () => {
  it('flips the fuses that keep the installed app from being run as something else', async () => {
    const config = await builderConfig();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs the app into app.asar, which the integrity fuse checks', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
  });

  it("electron-builder's schema refuses a misspelt fuse, so the check above cannot pass on a typo", async () => {
    const config = await builderConfig();
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } as never }, new DebugLogger(false))).rejects.toThrow();
  });
});

describe('Electron version', () => {
  const semver = (v: string) => v.replace(/^[^\d]*/, '').split('.').map(Number);
  const atLeast = (v: string, min: string) => {
    const [a, b] = [semver(v), semver(min)];
    for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };

  it('is the latest 45.x with its security fixes (45.6.1 or later, still 45), installed as declared', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const installed = (JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const declared = pkg.devDependencies['electron'] ?? '';
    expect(semver(declared)[0]).toBe(45);
    expect(atLeast(declared, '45.6.1')).toBe(true);
    expect(semver(installed)[0]).toBe(45);
    expect(atLeast(installed, semver(declared).join('.'))).toBe(true);
  });
});
