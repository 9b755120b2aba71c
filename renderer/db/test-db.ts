import type { Actor, Role } from '@shared/auth/roles';
import { AppDB } from './db';

/** A fresh, empty database for one test (fake-indexeddb under vitest). Delete it with `db.delete()`. */
export function openTestDb(): AppDB {
  return new AppDB(`test-${crypto.randomUUID()}`);
}

/**
 * A signed-in staff member for tests that only need a permission check to pass. Approvals are
 * checked against real staff rows: create those with staff-repo.
 */
export function testActor(roles: Role[] = ['frontdesk'], staffId = 1, name = '测试员'): Actor {
  return { staffId, name, roles };
}
