/**
 * Fuzzed backup files, from one sound backup: each case is one kind of damage or forgery a file may
 * carry (cut short, bit flips, an edited manifest, a field of the wrong type, a key that reaches the
 * prototype, an injected staff row), and each must be refused with its reason while the live data
 * stays as it was. Seeded, so a failing case can be made again by its number.
 *
 * Left out on purpose: edits a restore cannot tell from a real backup. A changed text inside a row,
 * the descriptive manifest fields (program version, PC name, time), and a well-formed staff row added
 * with every count and checksum recomputed are all valid files; telling a forged file from one this
 * PC wrote is the job of the backup's authentication (its key), not of the checks here.
 */
import { seededRandom } from '../../../bench/fake-data';
import { splitBackupFile } from '@shared/backup/file-layout';
import { backupOf, parseExport, recount, tableData, withManifestLine, type ExportDoc } from './craft';

export const backupFuzzKinds = ['truncated', 'bitFlip', 'manifest', 'wrongType', 'protoKey', 'injectedStaff'] as const;
export type BackupFuzzKind = (typeof backupFuzzKinds)[number];

export interface BackupFuzzCase {
  n: number;
  kind: BackupFuzzKind;
  /** What was done, for the report of a failing case. */
  label: string;
  bytes: Uint8Array;
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};

/** Fields whose value is free-form by design (any setting's value, an audit entry's changed fields). */
const freeForm = new Set(['settings.value', 'auditLog.before', 'auditLog.after']);

/** A value of another JSON type than `v`. */
function wrongTypeFor(v: unknown, rand: Rand): unknown {
  if (typeof v === 'string') return pick(rand, [12, true, null, ['x'], { a: 1 }]);
  if (typeof v === 'number') return pick(rand, ['12元', String(v), false, null, [v]]);
  if (typeof v === 'boolean') return pick(rand, ['是', 1, null, [v]]);
  if (Array.isArray(v)) return pick(rand, ['[]', JSON.stringify(v).slice(0, 40), 3, { length: v.length }, null]);
  if (typeof v === 'object' && v !== null) return pick(rand, [JSON.stringify(v).slice(0, 40), 7, [v], true]);
  return 'x';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A random row of a random table that has rows. */
function someRow(doc: ExportDoc, rand: Rand): { table: string; row: Record<string, unknown> } {
  const tables = doc.data.data.filter((t) => t.rows.length > 0);
  const t = pick(rand, tables);
  const row = pick(rand, t.rows);
  if (!isRecord(row)) throw new Error('an export row that is not an object');
  return { table: t.tableName, row };
}

function truncated(good: Uint8Array, rand: Rand) {
  const cut = 1 + Math.floor(rand() * (good.length - 1));
  return { label: `cut at ${cut} of ${good.length} bytes`, bytes: good.slice(0, cut) };
}

/** 1–8 bits flipped in the data part; half the time the checksum is recomputed so the damage reaches gzip and JSON. */
async function bitFlip(good: Uint8Array, rand: Rand) {
  const parts = splitBackupFile(good);
  if (!parts.ok) throw new Error(parts.reason);
  const data = parts.data.slice();
  const flips = 1 + Math.floor(rand() * 8);
  const recompute = rand() < 0.5;
  // The gzip header's time and OS bytes (0–9) are not covered by gzip's own check: with a new checksum a flip there changes nothing.
  const from = recompute ? 10 : 0;
  for (let i = 0; i < flips; i++) {
    const at = from + Math.floor(rand() * (data.length - from));
    data[at] = (data[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
  }
  const label = `${flips} bits flipped in the data${recompute ? ', checksum recomputed' : ''}`;
  if (!recompute) {
    const out = good.slice();
    out.set(data, good.length - data.length);
    return { label, bytes: out };
  }
  const { encodeBackupFile } = await import('../backup-file');
  const manifest = JSON.parse(new TextDecoder().decode(parts.manifestBytes)) as { schemaVersion: number; tables: Record<string, number> };
  const info = { appVersion: '9.9.9', pcName: 'FUZZ', createdAt: 1_790_000_000_000, schemaVersion: manifest.schemaVersion, tables: manifest.tables };
  return { label, bytes: (await encodeBackupFile(info, data)).bytes };
}

const hex = (rand: Rand, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');

/** One edit of the manifest that matters (a field the checks rely on); the data part stays as it was. */
function manifestEdit(good: Uint8Array, rand: Rand) {
  const parts = splitBackupFile(good);
  if (!parts.ok) throw new Error(parts.reason);
  const line = new TextDecoder().decode(parts.manifestBytes);
  const m = JSON.parse(line) as Record<string, unknown> & { schemaVersion: number; tables: Record<string, number>; dataBytes: number };
  const tables = Object.keys(m.tables);
  const table = pick(rand, tables);
  const edits: [string, () => string][] = [
    ['schemaVersion lower', () => JSON.stringify({ ...m, schemaVersion: 1 + Math.floor(rand() * (m.schemaVersion - 1)) })],
    ['schemaVersion newer', () => JSON.stringify({ ...m, schemaVersion: m.schemaVersion + 1 + Math.floor(rand() * 5) })],
    ['schemaVersion not a version', () => JSON.stringify({ ...m, schemaVersion: pick(rand, [0, -1, 1.5, '7', null]) })],
    [`count of ${table} changed`, () => JSON.stringify({ ...m, tables: { ...m.tables, [table]: (m.tables[table] ?? 0) + pick(rand, [1, -1, 1000]) } })],
    [`table ${table} left out`, () => JSON.stringify({ ...m, tables: Object.fromEntries(Object.entries(m.tables).filter(([k]) => k !== table)) })],
    ['an unknown table added', () => JSON.stringify({ ...m, tables: { ...m.tables, slips: 0 } })],
    ['dataBytes changed', () => JSON.stringify({ ...m, dataBytes: m.dataBytes + pick(rand, [1, -1, -m.dataBytes]) })],
    ['another checksum', () => JSON.stringify({ ...m, sha256: hex(rand, 64) })],
    ['a checksum that is not one', () => JSON.stringify({ ...m, sha256: pick(rand, [hex(rand, 63), hex(rand, 64).toUpperCase(), '']) })],
    ['another format', () => JSON.stringify({ ...m, format: pick(rand, ['shouhou-center-backup-v2', '', 'dexie']) })],
    ['a required field removed', () => {
      const gone = pick(rand, ['format', 'schemaVersion', 'tables', 'dataBytes', 'sha256']);
      return JSON.stringify(Object.fromEntries(Object.entries(m).filter(([k]) => k !== gone)));
    }],
    ['the line cut short', () => line.slice(0, Math.floor(rand() * line.length))],
  ];
  const [label, make] = pick(rand, edits);
  return { label: `manifest: ${label}`, bytes: withManifestLine(good, make()) };
}

async function wrongType(json: string, rand: Rand) {
  const doc = parseExport(json);
  for (;;) {
    const { table, row } = someRow(doc, rand);
    const fields = Object.keys(row).filter((f) => !freeForm.has(`${table}.${f}`));
    if (fields.length === 0) continue;
    const field = pick(rand, fields);
    const value = row[field];
    // Sometimes one level down: a line of a slip, the approval of a void.
    const inner = Array.isArray(value) ? value[0] : value;
    if (rand() < 0.4 && isRecord(inner) && Object.keys(inner).length > 0) {
      const sub = pick(rand, Object.keys(inner));
      inner[sub] = wrongTypeFor(inner[sub], rand);
      return { label: `${table}.${field}…${sub}: wrong type`, bytes: await backupOf(JSON.stringify(doc)) };
    }
    row[field] = wrongTypeFor(value, rand);
    return { label: `${table}.${field}: wrong type (${JSON.stringify(row[field])})`, bytes: await backupOf(JSON.stringify(doc)) };
  }
}

async function protoKey(json: string, rand: Rand) {
  const doc = parseExport(json);
  const { table, row } = someRow(doc, rand);
  const key = pick(rand, ['__proto__', 'constructor', 'prototype']);
  const payload = key === 'constructor' ? { prototype: { isAdmin: true } } : { roles: ['supervisor'], isAdmin: true };
  const objects = Object.values(row).filter(isRecord);
  const target = objects.length > 0 && rand() < 0.5 ? pick(rand, objects) : row;
  // An own property, as JSON.parse makes one from a file: assignment would set the prototype instead.
  Object.defineProperty(target, key, { value: payload, enumerable: true, writable: true, configurable: true });
  return { label: `${table}: ${key} key ${target === row ? 'at the top' : 'inside a field'}`, bytes: await backupOf(JSON.stringify(doc)) };
}

/** Another supervisor with PIN 0000's hash, added to the staff table with the file's checksum recomputed. */
async function injectedStaff(json: string, rand: Rand) {
  const doc = parseExport(json);
  const staff = tableData(doc, 'staff').rows;
  const maxId = Math.max(0, ...staff.map((s) => (isRecord(s) && typeof s.id === 'number' ? s.id : 0)));
  const forged: Record<string, unknown> = {
    id: maxId + 1, name: '新主管', roles: ['supervisor'], pinHash: 'ZmFrZQ==', pinSalt: 'c2FsdA==', pinIterations: 1,
    active: true, failedAttempts: 0, lockedUntil: 0, createdAt: 1_790_000_000_000,
  };
  const variant = pick(rand, ['counts kept', 'roles as text', 'no PIN hash', 'active as text', 'an id already taken', 'id as text'] as const);
  if (variant === 'roles as text') forged.roles = 'supervisor';
  if (variant === 'no PIN hash') delete forged.pinHash;
  if (variant === 'active as text') forged.active = 'yes';
  if (variant === 'an id already taken') forged.id = 1;
  if (variant === 'id as text') forged.id = `${maxId + 1}`;
  staff.push(forged);
  if (variant === 'counts kept') {
    // The rows grow, the counts in the header and the manifest do not.
    return { label: `injected staff: ${variant}`, bytes: await backupOf(JSON.stringify(doc)) };
  }
  recount(doc);
  return { label: `injected staff: ${variant}, counts recomputed`, bytes: await backupOf(JSON.stringify(doc)) };
}

/** `count` fuzzed files from the sound backup `good` (whose export JSON is `json`), the kinds taking turns. */
export async function* backupFuzzCases(good: Uint8Array, json: string, count: number, seed = 1): AsyncGenerator<BackupFuzzCase> {
  for (let n = 0; n < count; n++) {
    const rand = seededRandom(seed * 100_003 + n);
    const kind = backupFuzzKinds[n % backupFuzzKinds.length] ?? 'truncated';
    const made =
      kind === 'truncated' ? truncated(good, rand)
      : kind === 'bitFlip' ? await bitFlip(good, rand)
      : kind === 'manifest' ? manifestEdit(good, rand)
      : kind === 'wrongType' ? await wrongType(json, rand)
      : kind === 'protoKey' ? await protoKey(json, rand)
      : await injectedStaff(json, rand);
    yield { n, kind, ...made };
  }
}
