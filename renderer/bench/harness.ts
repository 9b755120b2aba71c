/**
 * What every benchmark page shares. A page hands its benchmarks to `serveBenchmarks`; the driver
 * (bench/harness.mjs) waits for #status to read "ready", then calls `window.__bench.run(name, params)`
 * and gets back the benchmark's plain-data result.
 */
import { AppDB } from '../db/db';
import { usedHeapBytes } from '../export/progress';
import type { Platform } from '../platform/platform';

/** One benchmark: plain-data params in (from the driver), plain-data result out. */
type Benchmark = (params: never) => Promise<unknown>;

declare global {
  interface Window {
    __bench?: { run(name: string, params: never): Promise<unknown> };
  }
}

/** A refusal names its issues: a minified error's name alone says nothing to the driver. */
function named(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && 'issues' in error) return new Error(JSON.stringify(error.issues));
  return error;
}

/** Exposes the page's benchmarks to the driver and reports the page ready. */
export function serveBenchmarks(benchmarks: Readonly<Record<string, Benchmark>>): void {
  window.__bench = {
    async run(name, params) {
      const benchmark = benchmarks[name];
      if (!benchmark) throw new Error(`no benchmark "${name}" on this page`);
      try {
        return await benchmark(params);
      } catch (error) {
        throw named(error);
      }
    },
  };
  const status = document.getElementById('status');
  if (status) status.textContent = 'ready';
}

/**
 * The page's own database, named `<prefix>-<time>` so no run meets an earlier one: `fresh()` drops the
 * last one and opens a new one, `open()` refuses until then (`first` names the benchmark that seeds),
 * `drop()` deletes it at the end.
 */
export function benchDatabase(prefix: string, first = 'seed') {
  let db: AppDB | null = null;
  return {
    async fresh(): Promise<AppDB> {
      await db?.delete();
      db = new AppDB(`${prefix}-${Date.now()}`);
      return db;
    },
    open(): AppDB {
      if (!db) throw new Error(`run "${first}" first`);
      return db;
    },
    async drop(): Promise<Record<string, never>> {
      await db?.delete();
      db = null;
      return {};
    },
  };
}

export const heapMb = (bytes: number | null): number | null => (bytes === null ? null : bytes / 1024 / 1024);

/** Collects garbage when Chromium runs with --expose-gc (the drivers ask for it between runs); returns the heap after. */
export async function collectGarbage(): Promise<{ heapMb: number | null }> {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc === 'function') gc();
  await new Promise((r) => setTimeout(r, 50));
  return { heapMb: heapMb(usedHeapBytes()) };
}

/** `f`'s value and how long it took (ms). */
export async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
}

/** An export target that only counts the bytes it is given: the benchmarks time the work, not a disk. */
export function byteCounter(): { platform: Pick<Platform, 'writeExport'>; bytes(): number } {
  let bytes = 0;
  return {
    platform: {
      writeExport: async (_name, data) => {
        bytes = data.byteLength;
        return { location: 'bench' };
      },
    },
    bytes: () => bytes,
  };
}
