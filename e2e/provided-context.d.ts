declare module 'vitest' {
  export interface ProvidedContext {
    /** The static server's address for out/renderer, e.g. http://127.0.0.1:40123/ */
    baseUrl: string;
  }
}

export {};
