import { hostname } from 'node:os';
import type { Handlers } from '../register';

export interface AppInfoDeps {
  getVersion(): string;
  getPath(name: 'userData'): string;
}

export function appInfoHandlers<E>(app: AppInfoDeps): Pick<Handlers<E>, 'app/info'> {
  return {
    'app/info': async () => ({
      version: app.getVersion(),
      platform: process.platform,
      userDataPath: app.getPath('userData'),
      hostname: hostname(),
    }),
  };
}
