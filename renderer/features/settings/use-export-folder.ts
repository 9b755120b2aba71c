import { useCallback, useEffect, useState } from 'react';
import { getPlatform } from '../../platform';

export interface ExportFolder {
  kind: 'electron' | 'browser';
  folder: string | null;
  error: string | null;
  choose: () => Promise<void>;
}

/** The remembered export folder (Electron); in a browser exports are downloads and there is none. */
export function useExportFolder(): ExportFolder {
  const platform = getPlatform();
  const [folder, setFolder] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    platform.exportFolder().then(
      (f) => live && setFolder(f),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
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
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [platform]);

  return { kind: platform.kind, folder, error, choose };
}
