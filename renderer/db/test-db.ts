import { AppDB } from './db';

/** A fresh, empty database for one test (fake-indexeddb under vitest). Delete it with `db.delete()`. */
export function openTestDb(): AppDB {
  return new AppDB(`test-${crypto.randomUUID()}`);
}
