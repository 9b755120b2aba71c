/**
 * What a start of the app may be told from outside. An installed app must not be turned into
 * something else by its command line or environment: a renderer URL, a debugger port or "run as
 * node" would each hand the records (and the append-only audit trail in IndexedDB) to whoever
 * started it. The fuses in electron-builder.yml switch most of these off in the binary itself; this
 * is the app's own check for the ones a fuse cannot reach (ELECTRON_RENDERER_URL,
 * --remote-debugging-port) and a second line behind the fuses.
 */

export interface LaunchContext {
  /** `app.isPackaged`: an installed build, not `electron-vite dev`/`preview`. */
  isPackaged: boolean;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** `app.commandLine.hasSwitch`: Chromium's own reading of its command line, as a second source. */
  hasSwitch?: (name: string) => boolean;
}

/** Chromium switches that open the app to a debugger (the remote-debugging family). */
const chromiumDebugSwitches = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address'];

/** Node's inspector flags (`--inspect`, `--inspect-brk`, `--inspect-port`, `--inspect-wait`…) and the old `--debug`. */
function isNodeDebugSwitch(name: string): boolean {
  return name.startsWith('inspect') || name === 'debug' || name === 'debug-brk' || name === 'debug-port';
}

/**
 * The switch names on a command line, lower-cased, as Chromium reads them: `--name` or `--name=value`,
 * and on Windows also `-name` and `/name` (Chromium accepts all three prefixes there and ignores case).
 * A lone `--` ends the switches.
 */
export function switchNames(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const prefixes = platform === 'win32' ? ['--', '-', '/'] : ['--'];
  const names: string[] = [];
  // argv[0] is the executable itself.
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    const prefix = prefixes.find((p) => arg.startsWith(p) && arg.length > p.length);
    if (prefix === undefined) continue;
    const name = arg.slice(prefix.length).split('=')[0] ?? '';
    names.push(platform === 'win32' ? name.toLowerCase() : name);
  }
  return names;
}

export type LaunchRefusal =
  | { reason: 'debugSwitch'; switch: string }
  | { reason: 'runAsNode' };

/**
 * Why an installed app must not start this way, or null. Development builds are not checked:
 * `electron-vite dev` relies on the renderer URL and a developer may attach a debugger.
 */
export function launchRefusal(context: LaunchContext): LaunchRefusal | null {
  if (!context.isPackaged) return null;
  if (context.env['ELECTRON_RUN_AS_NODE'] !== undefined) return { reason: 'runAsNode' };
  const found =
    switchNames(context.argv, context.platform).find((name) => chromiumDebugSwitches.includes(name) || isNodeDebugSwitch(name)) ??
    chromiumDebugSwitches.find((name) => context.hasSwitch?.(name) === true);
  return found === undefined ? null : { reason: 'debugSwitch', switch: found };
}

/** What the refusal is logged as (the app quits before any window exists, so no user reads it). */
export function describeRefusal(refusal: LaunchRefusal): string {
  return refusal.reason === 'runAsNode'
    ? 'ELECTRON_RUN_AS_NODE is set: the installed app does not start this way'
    : `--${refusal.switch} given: the installed app does not start with a debugger`;
}

/**
 * The dev server the renderer comes from: `electron-vite dev` sets ELECTRON_RENDERER_URL. An installed
 * build never takes it (it would load any page and trust it with `window.api` and a relaxed CSP).
 */
export function rendererDevUrl(context: Pick<LaunchContext, 'isPackaged' | 'env'>): string | undefined {
  if (context.isPackaged) return undefined;
  return context.env['ELECTRON_RENDERER_URL'] || undefined;
}

/** Developer tools (and the reload menu) exist only in a development build. */
export function allowsDevTools(context: Pick<LaunchContext, 'isPackaged'>): boolean {
  return !context.isPackaged;
}
