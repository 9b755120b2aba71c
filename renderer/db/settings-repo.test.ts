import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from './db';
import { getSetting, setSetting } from './settings-repo';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

describe('settings repository', () => {
  it('returns the fallback for a key never set', async () => {
    expect(await getSetting(db, 'lang', 'zh-CN')).toBe('zh-CN');
  });

  it('stores and overwrites values, including false and null', async () => {
    await setSetting(db, 'lang', 'en');
    await setSetting(db, 'firstRunDone', false);
    await setSetting(db, 'persisted', null);
    expect(await getSetting(db, 'lang', 'zh-CN')).toBe('en');
    expect(await getSetting(db, 'firstRunDone', true)).toBe(false);
    expect(await getSetting<boolean | null>(db, 'persisted', true)).toBeNull();
    await setSetting(db, 'lang', 'zh-CN');
    expect(await getSetting(db, 'lang', 'en')).toBe('zh-CN');
  });
});
