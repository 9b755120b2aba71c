import type { Api } from '@shared/ipc';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    api?: Api;
  }
}

export {};
