/**
 * One bar for a whole backup or restore: each phase owns a slice of 0–100 %, filled by its own
 * done/total, so the bar only moves forward while the text names the phase.
 */
import type { Translate } from '@shared/i18n';
import { backupPhaseLabelKey, type BackupPhase, type BackupProgress } from '../db/backup/backup';

type Slices = Partial<Record<BackupPhase, readonly [from: number, to: number]>>;

/** Reading the rows is most of a backup; importing them is most of a restore. */
const slices: Record<'backup' | 'restore', Slices> = {
  backup: { read: [0, 65], compress: [65, 95], checksum: [95, 100] },
  restore: { verify: [0, 8], decompress: [8, 20], import: [20, 75], upgrade: [75, 80], validate: [80, 93], check: [93, 96], switch: [96, 100] },
};

/** The overall percentage (0–100) for a progress report of a backup or a restore. */
export function overallPercent(kind: 'backup' | 'restore', p: BackupProgress): number {
  const slice = slices[kind][p.phase];
  if (!slice) return 0;
  const [from, to] = slice;
  const fraction = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return from + (to - from) * fraction;
}

/** "正在导入记录… 1200 / 5000" for row counts; the phase alone where counting means nothing. */
export function progressText(t: Translate, p: BackupProgress): string {
  const phase = t(backupPhaseLabelKey(p.phase));
  // Row phases count rows; byte phases (compress, decompress) and one-step phases show the name only.
  const countsRows = p.phase === 'read' || p.phase === 'import' || p.phase === 'validate';
  return countsRows && p.total > 1 ? t('backup.phase.progress', { phase, done: p.done, total: p.total }) : `${phase}…`;
}
