import { describe, expect, it } from 'vitest';
import { allowsDevTools, describeRefusal, launchRefusal, rendererDevUrl, switchNames, type LaunchContext } from './launch-policy';

const exe = 'C:\\Program Files\\售后服务中心\\售后服务中心.exe';
const installed = (argv: string[], env: Record<string, string> = {}, platform: NodeJS.Platform = 'win32'): LaunchContext => ({
  isPackaged: true,
  argv: [exe, ...argv],
  env,
  platform,
});

describe('launchRefusal (an installed build)', () => {
  it('starts normally without switches, and with harmless ones', () => {
    expect(launchRefusal(installed([]))).toBeNull();
    expect(launchRefusal(installed(['--lang=zh-CN', 'D:\\备份\\a.shbk']))).toBeNull();
  });

  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--inspect',
    '--inspect=127.0.0.1:9229',
    '--inspect-brk',
    '--inspect-brk=0',
    '--inspect-port=9229',
    '--inspect-wait',
    '--debug',
    '--debug-brk',
  ])('refuses %s', (flag) => {
    expect(launchRefusal(installed([flag]))).toMatchObject({ reason: 'debugSwitch' });
  });

  it('reads switches the way Chromium does on Windows: -name, /name and any case', () => {
    for (const flag of ['-remote-debugging-port=9222', '/remote-debugging-port=9222', '--REMOTE-Debugging-Port=9222', '-inspect'])
      expect(launchRefusal(installed([flag]))).toMatchObject({ reason: 'debugSwitch' });
  });

  it('does not take a path for a switch outside Windows, nor anything after a lone --', () => {
    expect(launchRefusal(installed(['/inspect/folder'], {}, 'linux'))).toBeNull();
    expect(launchRefusal(installed(['--', '--inspect']))).toBeNull();
  });

  it('refuses a debugging switch that only Chromium saw (e.g. set by a policy)', () => {
    const context = { ...installed([]), hasSwitch: (name: string) => name === 'remote-debugging-port' };
    expect(launchRefusal(context)).toEqual({ reason: 'debugSwitch', switch: 'remote-debugging-port' });
  });

  it('refuses ELECTRON_RUN_AS_NODE whatever its value', () => {
    expect(launchRefusal(installed([], { ELECTRON_RUN_AS_NODE: '1' }))).toEqual({ reason: 'runAsNode' });
    expect(launchRefusal(installed([], { ELECTRON_RUN_AS_NODE: '' }))).toEqual({ reason: 'runAsNode' });
  });

  it('checks nothing in a development build', () => {
    const dev = { ...installed(['--inspect', '--remote-debugging-port=9222'], { ELECTRON_RUN_AS_NODE: '1' }), isPackaged: false };
    expect(launchRefusal(dev)).toBeNull();
  });

  it('says in the log which switch was refused', () => {
    expect(describeRefusal({ reason: 'debugSwitch', switch: 'inspect-brk' })).toContain('--inspect-brk');
    expect(describeRefusal({ reason: 'runAsNode' })).toContain('ELECTRON_RUN_AS_NODE');
  });
});

describe('switchNames', () => {
  it('skips the executable and values', () => {
    expect(switchNames([exe, '--a=1', 'b', '--c'], 'linux')).toEqual(['a', 'c']);
  });
});

describe('rendererDevUrl and developer tools', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };

  it('an installed build ignores ELECTRON_RENDERER_URL and has no developer tools', () => {
    expect(rendererDevUrl({ isPackaged: true, env })).toBeUndefined();
    expect(allowsDevTools({ isPackaged: true })).toBe(false);
  });

  it('a development build loads the dev server and keeps the developer tools', () => {
    expect(rendererDevUrl({ isPackaged: false, env })).toBe('http://localhost:5173');
    expect(rendererDevUrl({ isPackaged: false, env: { ELECTRON_RENDERER_URL: '' } })).toBeUndefined();
    expect(allowsDevTools({ isPackaged: false })).toBe(true);
  });
});
