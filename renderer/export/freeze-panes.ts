import * as XLSX from 'xlsx';

/**
 * SheetJS CE 0.20.3 writes `<sheetView workbookViewId="0"/>` and ignores `!freeze` on write, so the
 * frozen header row is added afterwards: the zip is opened with SheetJS's own zip reader (XLSX.CFB),
 * each worksheet's empty sheetView gets a frozen pane below row 1, and the zip is written (and
 * compressed) once. Only the first bytes of each sheet are looked at: the element sits right after
 * <dimension>, so a 40k-row sheet is never decoded as a whole.
 */
const emptyView = new TextEncoder().encode('<sheetView workbookViewId="0"/>');
const frozenView = new TextEncoder().encode(
  '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>',
);
const searchBytes = 4096;
const sheetPath = /\/xl\/worksheets\/sheet\d+\.xml$/;

/** The part of SheetJS's zip container (XLSX.CFB, typed `any` by the package) used here. */
interface ZipEntry {
  content: unknown;
  size: number;
}
interface ZipContainer {
  FullPaths: string[];
  FileIndex: ZipEntry[];
}
interface ZipLib {
  read(data: Uint8Array, options: { type: 'array' }): ZipContainer;
  write(zip: ZipContainer, options: { fileType: 'zip'; type: 'array'; compression: boolean }): unknown;
}
const zipLib: ZipLib = XLSX.CFB;

function indexOf(haystack: Uint8Array, needle: Uint8Array, limit: number): number {
  const end = Math.min(haystack.length - needle.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** The sheet XML with its header row frozen, or the same bytes when the expected element is not there. */
export function freezeHeaderInSheetXml(xml: Uint8Array): Uint8Array {
  const at = indexOf(xml, emptyView, searchBytes);
  if (at < 0) return xml;
  const out = new Uint8Array(xml.length - emptyView.length + frozenView.length);
  out.set(xml.subarray(0, at), 0);
  out.set(frozenView, at);
  out.set(xml.subarray(at + emptyView.length), at + frozenView.length);
  return out;
}

function asBytes(content: unknown): Uint8Array | null {
  if (content instanceof Uint8Array) return content;
  if (Array.isArray(content) && content.every((b) => typeof b === 'number')) return Uint8Array.from(content);
  return null;
}

/** The .xlsx with every worksheet's header row frozen; `bytes` may be stored uncompressed, the result is compressed. */
export function freezeHeaderRows(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const zip = zipLib.read(bytes, { type: 'array' });
  zip.FullPaths.forEach((path, i) => {
    const entry = zip.FileIndex[i];
    const content = entry ? asBytes(entry.content) : null;
    if (!entry || !content || !sheetPath.test(path)) return;
    const frozen = freezeHeaderInSheetXml(content);
    entry.content = frozen;
    entry.size = frozen.length;
  });
  const out = zipLib.write(zip, { fileType: 'zip', type: 'array', compression: true });
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  if (out instanceof Uint8Array) return new Uint8Array(out);
  if (Array.isArray(out)) return Uint8Array.from(out.filter((b): b is number => typeof b === 'number'));
  throw new Error('zip writer returned no bytes');
}
