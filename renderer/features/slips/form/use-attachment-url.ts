import { useLiveQuery } from 'dexie-react-hooks';
import type { SlipAttachment } from '@shared/slips/purchase-slip';
import { getDb } from '../../../db/db';
import { attachmentDataUrl } from '../../../db/slips-repo';

/** The screenshot as an image URL (inline, or read from the blob store). */
export function useAttachmentUrl(a: SlipAttachment | undefined): string | undefined {
  return useLiveQuery(() => (a ? attachmentDataUrl(getDb(), a) : undefined), [a?.blobId, a?.dataUrl]);
}
