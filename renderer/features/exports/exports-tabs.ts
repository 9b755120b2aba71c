/** The tabs of 导出, each with its address under `#/exports` (the router reads only the first segment). */
export const exportsTabs = ['export', 'schedule', 'removal'] as const;
export type ExportsTab = (typeof exportsTabs)[number];

export const exportsHash = '#/exports';

export function tabFromHash(hash: string): ExportsTab {
  const [, module = '', tab = ''] = hash.replace(/^#/, '').split(/[/?]/);
  if (`#/${module}` !== exportsHash) return 'export';
  return exportsTabs.find((t) => t === tab) ?? 'export';
}

export function hashForTab(tab: ExportsTab): string {
  return tab === 'export' ? exportsHash : `${exportsHash}/${tab}`;
}
