import { useCallback } from 'react';
import type { Notice } from '../../../components/notice';
import { trackingUrl } from '../../../db/carriers-repo';
import { getDb } from '../../../db/db';
import { useT } from '../../../i18n/context';
import { getPlatform } from '../../../platform';
import { errorText } from '../../../auth/error-text';

/** 查询物流: the carrier's tracking page for the number, in the system browser (allow-listed sites only). */
export function useOpenTracking(onNotice: (n: Notice) => void): (carrier: string, trackingNo: string) => Promise<void> {
  const t = useT();
  return useCallback(
    async (carrier, trackingNo) => {
      const url = await trackingUrl(getDb(), carrier, trackingNo);
      if (!url) return onNotice({ severity: 'warning', text: t('shipui.track.unavailable') });
      try {
        await getPlatform().openExternal(url);
      } catch (e) {
        onNotice({ severity: 'error', text: errorText(t, e) });
      }
    },
    [onNotice, t],
  );
}
