import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDB } from './db';
import { requestPersistence } from './persistence';
import { getSetting } from './settings-repo';
import { openTestDb } from './test-db';

let db: AppDB;
beforeEach(() => {
  db = openTestDb();
});
afterEach(async () => {
  await db.delete();
});

const stored = () => getSetting<boolean | null | 'unset'>(db, 'persisted', 'unset');

describe('requestPersistence', () => {
  it('stores the browser answer', async () => {
    let asked = 0;
    const granted = await requestPersistence(db, {
      persisted: async () => false,
      persist: async () => {
        asked += 1;
        return true;
      },
    });
    expect(granted).toBe(true);
    expect(asked).toBe(1);
    expect(await stored()).toBe(true);
  });

  it('does not ask again when already persisted', async () => {
    let asked = 0;
    const storage = { persisted: async () => true, persist: async () => (asked += 1) > 0 };
    expect(await requestPersistence(db, storage)).toBe(true);
    expect(asked).toBe(0);
  });

  it('stores a refusal as false', async () => {
    expect(await requestPersistence(db, { persist: async () => false })).toBe(false);
    expect(await stored()).toBe(false);
  });

  it('stores null where navigator.storage is missing or fails', async () => {
    expect(await requestPersistence(db, undefined)).toBeNull();
    expect(await stored()).toBeNull();
    const failing = { persist: () => Promise.reject(new Error('not allowed')) };
    expect(await requestPersistence(db, failing)).toBeNull();
  });
});
