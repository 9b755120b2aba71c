import { assertValid } from '@shared/validation';
import { assertCan } from '@shared/auth/permissions';
import type { Actor } from '@shared/auth/roles';
import { issue } from '@shared/slips/messages';
import type { SlipAttachment } from '@shared/slips/purchase-slip';
import { auditChange } from './audit-repo';
import { addedKey, type AppDB } from './db';

/** A stored screenshot may be bigger than an inline one, within reason (a whole-screen PNG is a few MB). */
export const attachmentMaxBytes = 20 * 1024 * 1024;

export interface AttachmentFile {
  name: string;
  mime: string;
  data: Blob;
}

/**
 * OUT-2: keeps a back-office screenshot too big to inline on the slip; the slip's form then carries
 * `{ kind: 'backOfficeScreenshot', name, mime, blobId }`.
 */
export async function addSlipAttachment(db: AppDB, actor: Actor, file: AttachmentFile, now = Date.now()): Promise<SlipAttachment> {
  assertCan(actor.roles, 'slip.create');
  const mime = file.mime || file.data.type;
  const issues = [];
  if (!/^image\/(png|jpeg|gif|webp|bmp)$/.test(mime)) issues.push(issue('mime', 'slip.error.attachmentNotImage'));
  if (file.data.size === 0) issues.push(issue('data', 'slip.error.attachmentEmpty'));
  if (file.data.size > attachmentMaxBytes) issues.push(issue('data', 'slip.error.attachmentTooLarge'));
  assertValid(issues);
  const name = file.name.trim() || 'screenshot';
  const row = { name, mime, data: file.data, size: file.data.size, byId: actor.staffId, byName: actor.name, createdAt: now };
  return db.transaction('rw', db.slipAttachments, db.auditLog, async () => {
    const blobId = addedKey(await db.slipAttachments.add(row));
    await auditChange(db, actor, { action: 'create', table: 'slipAttachments', recordId: blobId, after: { name, mime, size: row.size }, at: now });
    return { kind: 'backOfficeScreenshot', name, mime, blobId };
  });
}

export async function getSlipAttachmentBlob(db: AppDB, blobId: number): Promise<Blob | undefined> {
  return (await db.slipAttachments.get(blobId))?.data;
}

function base64(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(text);
}

/** The image as a data: URL for print (the yellow copy carries the screenshot), inline or from the store. */
export async function attachmentDataUrl(db: AppDB, a: SlipAttachment): Promise<string | undefined> {
  if (a.dataUrl !== undefined) return a.dataUrl;
  if (a.blobId === undefined) return undefined;
  const row = await db.slipAttachments.get(a.blobId);
  if (!row) return undefined;
  return `data:${row.mime};base64,${base64(new Uint8Array(await row.data.arrayBuffer()))}`;
}
