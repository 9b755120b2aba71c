import { schemaVersion, storesV1, storesV2, storesV3 } from './db';
import { storesV4 } from './schema-v4';
import { storesV5 } from './schema-v5';
import { storesV6 } from './schema-v6';
import { storesV7 } from './schema-v7';
import { storesV8 } from './schema-v8';
import { storesV9 } from './schema-v9';
import { storesV10 } from './schema-v10';

/** The stores each version declares, in order: a version keeps every table of the one before and may change its indexes. */
const history: readonly Readonly<Record<string, string>>[] = [storesV1, storesV2, storesV3, storesV4, storesV5, storesV6, storesV7, storesV8, storesV9, storesV10];

/** Every table of schema `version` with its Dexie schema (primary key, then indexes); null for a version this build does not have. */
export function storesAt(version: number): Record<string, string> | null {
  if (!Number.isInteger(version) || version < 1 || version > schemaVersion || version > history.length) return null;
  return Object.assign({}, ...history.slice(0, version));
}

/** The same schema however it is written: the primary key, then the indexes in any order, no spaces. */
export function sameTableSchema(a: string, b: string): boolean {
  const parts = (s: string) => s.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const [keyA, ...indexesA] = parts(a);
  const [keyB, ...indexesB] = parts(b);
  return keyA === keyB && indexesA.length === indexesB.length && [...indexesA].sort().join(',') === [...indexesB].sort().join(',');
}
