import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from './db';
import { guardConnection, isClosedElsewhere, subscribeClosedElsewhere } from './window-channel';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('a window whose data another window replaced', () => {
  it('closes its connection for good when another window deletes its database: no empty database under the old name', async () => {
    const db = new AppDB(`guarded-${crypto.randomUUID()}`);
    await db.customers.count();
    guardConnection(db);
    const seen: string[] = [];
    const stop = subscribeClosedElsewhere(() => seen.push('closed'));
    await Dexie.delete(db.name); // another window's delete goes through instead of waiting on this connection
    await settle();
    expect(isClosedElsewhere()).toBe(true);
    expect(seen).toEqual(['closed']);
    stop();
    // Dexie would otherwise reopen on the next query and so create a new, empty database.
    await expect(db.customers.count()).rejects.toThrow();
    expect(await Dexie.getDatabaseNames()).not.toContain(db.name);
  });

  it('closes its connection when another window announces a switch (a restore there)', async () => {
    const db = new AppDB(`guarded-${crypto.randomUUID()}`);
    await db.customers.add({ name: '张伟', phones: [], searchKeys: [], type: 'ordinary', addresses: [], isKey: false, createdAt: 1, updatedAt: 1 });
    guardConnection(db);
    const other = new BroadcastChannel('shouhou-center.data');
    other.postMessage({ type: 'switched', from: 'another-window' });
    other.close();
    await settle();
    await expect(db.customers.count()).rejects.toThrow();
    await Dexie.delete(db.name);
  });
});
