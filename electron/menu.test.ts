import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommandEvent } from '@shared/ipc';
import { menuCommandScript, menuTemplate } from './menu';

function labels(items: MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const sub = template.find((m) => m.label === label)?.submenu;
  return Array.isArray(sub) ? sub : [];
}

const actions = { isDev: false, onPrint: vi.fn(), onAbout: vi.fn() };

describe('application menu', () => {
  it('is in Chinese with 文件 / 编辑 / 视图 / 帮助', () => {
    const template = menuTemplate(actions);
    expect(labels(template)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels(submenu(template, '文件'))).toEqual(['新建电话记录', '新建购销单', '查找客户', '打印…', '退出']);
    expect(labels(submenu(template, '编辑'))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选']);
    expect(labels(submenu(template, '视图'))).toEqual(['实际大小', '放大', '缩小', '全屏']);
    expect(labels(submenu(template, '帮助'))).toEqual(['快捷键', '关于']);
  });

  it('offers 重新加载 only in dev', () => {
    expect(labels(submenu(menuTemplate({ ...actions, isDev: true }), '视图'))).toContain('重新加载');
    expect(labels(submenu(menuTemplate(actions), '视图'))).not.toContain('重新加载');
  });

  it('wires 打印… and 关于 to their actions', () => {
    const onPrint = vi.fn();
    const onAbout = vi.fn();
    const template = menuTemplate({ isDev: false, onPrint, onAbout });
    const print = submenu(template, '文件').find((i) => i.label === '打印…');
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    // The template's click handlers ignore Electron's (menuItem, window, event) arguments.
    const click = (item: MenuItemConstructorOptions | undefined) => item?.click && Reflect.apply(item.click, undefined, []);
    click(print);
    click(submenu(template, '帮助').find((i) => i.label === '关于'));
    expect(onPrint).toHaveBeenCalledTimes(1);
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('shows the renderer\'s shortcuts (F2, F3, Ctrl+F, F1) without taking their keys, and sends their commands', () => {
    const onCommand = vi.fn();
    const template = menuTemplate({ ...actions, onCommand });
    const items = [...submenu(template, '文件'), ...submenu(template, '帮助')].filter((i) => i.registerAccelerator === false);
    expect(items.map((i) => [i.label, i.accelerator])).toEqual([
      ['新建电话记录', 'F2'],
      ['新建购销单', 'F3'],
      ['查找客户', 'CmdOrCtrl+F'],
      ['快捷键', 'F1'],
    ]);
    for (const item of items) if (item.click) Reflect.apply(item.click, undefined, []);
    expect(onCommand.mock.calls.map((c) => c[0])).toEqual(['newCall', 'newSlip', 'customerSearch', 'shortcutHelp']);
    // 打印… keeps its registered accelerator: the existing print path.
    expect(submenu(template, '文件').find((i) => i.label === '打印…')?.registerAccelerator).toBeUndefined();
  });

  it('tells the renderer about a menu command with a DOM event', () => {
    const dispatched: { type: string; detail: unknown }[] = [];
    const window = { dispatchEvent: (e: { type: string; detail: unknown }) => dispatched.push({ type: e.type, detail: e.detail }) };
    class CustomEvent {
      constructor(readonly type: string, readonly init: { detail: unknown }) {}
      get detail(): unknown {
        return this.init.detail;
      }
    }
    new Function('window', 'CustomEvent', menuCommandScript('print'))(window, CustomEvent);
    expect(dispatched).toEqual([{ type: menuCommandEvent, detail: 'print' }]);
  });
});
