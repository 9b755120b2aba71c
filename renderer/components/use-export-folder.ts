import { useCallback, useEffect, useState } from 'react';
import { getPlatform } from '../platform';

export interface ExportFolder {
  kind: 'electron' | 'browser';
  folder: string | null;
  error: string | null;
  choose: () => Promise<void>;
}

/** The target folder of exports (Electron remembers one; in a browser exports are downloads). */
export function useExportFolder(): ExportFolder {
  const platform = getPlatform();
  const [folder, setFolder] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

  useEffect(() => {
    let live = true;
    platform.exportFolder().then(
      (f) => live && setFolder(f),
      (e: unknown) => live && setError(message(e)),
    );
    return () => {
      live = false;
    };
  }, [platform]);

  const choose = useCallback(async () => {
    try {
      const chosen = await platform.chooseExportFolder();
      if (chosen) setFolder(chosen);
    } catch (e) {
      setError(message(e));
    }
  }, [platform]);

  return { kind: platform.kind, folder, error, choose };
}
