declare global {
  /** package.json's version, replaced at build time by the Vite `define` in the vite/electron-vite/vitest configs. */
  const __APP_VERSION__: string;
}

export {};
