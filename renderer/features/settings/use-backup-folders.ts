import { useCallback, useEffect, useState } from 'react';
import { getPlatform } from '../../platform';

export interface BackupFolders {
  /** null in a browser: backups are downloads there. */
  folders: { primary: string; secondary: string | null } | null;
  error: string | null;
  chooseSecond: () => Promise<void>;
  clearSecond: () => Promise<void>;
}

/** The automatic backup folder and the optional second one (a USB stick), Electron only. */
export function useBackupFolders(): BackupFolders {
  const platform = getPlatform();
  const [folders, setFolders] = useState<BackupFolders['folders']>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    let live = true;
    platform.backupFolders().then((f) => live && setFolders(f), (e: unknown) => live && fail(e));
    return () => {
      live = false;
    };
  }, [platform]);

  const chooseSecond = useCallback(async () => {
    try {
      const chosen = await platform.chooseBackupSecondFolder();
      if (chosen) setFolders((f) => f && { ...f, secondary: chosen });
    } catch (e) {
      fail(e);
    }
  }, [platform]);

  const clearSecond = useCallback(async () => {
    try {
      await platform.clearBackupSecondFolder();
      setFolders((f) => f && { ...f, secondary: null });
    } catch (e) {
      fail(e);
    }
  }, [platform]);

  return { folders, error, chooseSecond, clearSecond };
}
