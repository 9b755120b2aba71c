import type { MenuItemConstructorOptions } from 'electron';
import { menuCommandEvent, type MenuCommand } from '@shared/ipc';

export interface MenuActions {
  isDev: boolean;
  onPrint(): void;
  onAbout(): void;
  /** F2 / F3 / Ctrl+F / F1: sent to the renderer, which also handles the keys themselves. */
  onCommand?(command: MenuCommand): void;
}

/**
 * A renderer shortcut shown in the menu: the page handles the key (registerAccelerator: false, so the
 * key is not taken twice), a click sends the same command.
 */
function shortcutItem(label: string, accelerator: string, command: MenuCommand, actions: MenuActions): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, click: () => actions.onCommand?.(command) };
}

/** The Chinese application menu. Roles give the standard behaviour; labels are ours. */
export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = actions.isDev
    ? [
        { label: '重新加载', role: 'reload' },
        { label: '开发者工具', role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return [
    {
      label: '文件',
      submenu: [
        shortcutItem('新建电话记录', 'F2', 'newCall', actions),
        shortcutItem('新建购销单', 'F3', 'newSlip', actions),
        shortcutItem('查找客户', 'CmdOrCtrl+F', 'customerSearch', actions),
        { type: 'separator' },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => actions.onPrint() },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...devItems,
        { label: '实际大小', role: 'resetZoom' },
        { label: '放大', role: 'zoomIn' },
        { label: '缩小', role: 'zoomOut' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen' },
      ],
    },
    { label: '帮助', submenu: [shortcutItem('快捷键', 'F1', 'shortcutHelp', actions), { label: '关于', click: () => actions.onAbout() }] },
  ];
}

/**
 * Script that tells the renderer about a menu command: a DOM event on `window`, so the preload
 * exposes nothing extra. The renderer decides what "print" means on the current screen.
 */
export function menuCommandScript(command: MenuCommand): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(menuCommandEvent)}, { detail: ${JSON.stringify(command)} }))`;
}
