/** Browser-mode files: a Blob handed to the browser's download manager through `<a download>`. */

const mimeTypes: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
  zip: 'application/zip',
};

export function mimeTypeFor(fileName: string): string {
  const ext = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return mimeTypes[ext] ?? 'application/octet-stream';
}

/** How long the Blob URL stays valid: long enough for the download to start reading it. */
const revokeAfterMs = 60_000;

export function downloadBytes(fileName: string, bytes: Uint8Array<ArrayBuffer>, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeTypeFor(fileName) }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
