import { describe, expect, it } from 'vitest';
import {
  canUndoRestore,
  confirmedRestore,
  forgetDeleted,
  initialPointer,
  isPointerState,
  keepReplacedMs,
  planStart,
  switchedTo,
  undoneTo,
  withStaging,
  type PointerState,
} from './db-pointer';

const t0 = Date.UTC(2026, 10, 27, 1, 30);
const day = 86_400_000;
const names = (...list: string[]) => new Set(list);

/** Live 'old', restored into 'new' at t0, as the switch leaves it. */
function afterRestore(): PointerState {
  return switchedTo(withStaging(initialPointer('old', t0 - day), 'new', t0), 'new', t0, '备份.shbk');
}

describe('the switch to a restored database', () => {
  it('is one state change: the restored one is live, the old one kept for undo, the staging record gone', () => {
    expect(afterRestore()).toEqual({
      active: 'new',
      since: t0,
      activeOpened: false,
      replaced: { name: 'old', at: t0, by: 'restore', fileName: '备份.shbk' },
      retired: [],
      staging: [],
    });
  });

  it('a second restore retires the copy the first one kept (it is proven replaced twice)', () => {
    const second = switchedTo(afterRestore(), 'newer', t0 + day);
    expect(second.replaced?.name).toBe('new');
    expect(second.retired).toEqual(['old']);
  });
});

describe('planStart: what a start may delete', () => {
  it('the first start after a restore deletes nothing: the restored database has not opened yet', () => {
    const plan = planStart(afterRestore(), names('old', 'new'), t0 + 10 * day);
    expect(plan.doomed).toEqual([]);
    expect(plan.state.replaced?.name).toBe('old');
  });

  it('keeps the replaced copy for a week once the restored one has opened, then deletes it at a later start', () => {
    const opened = { ...afterRestore(), activeOpened: true };
    expect(planStart(opened, names('old', 'new'), t0 + keepReplacedMs - 1).doomed).toEqual([]);
    const expired = planStart(opened, names('old', 'new'), t0 + keepReplacedMs);
    expect(expired.doomed).toEqual(['old']);
    expect(expired.state.replaced).toBeNull();
    expect(expired.state.retired).toEqual(['old']);
  });

  it('a confirmed restore lets the copy go at the next start, but still not before the restored one opened', () => {
    const confirmed = confirmedRestore(afterRestore(), t0 + 60_000);
    expect(planStart(confirmed, names('old', 'new'), t0 + 120_000).doomed).toEqual([]);
    expect(planStart({ ...confirmed, activeOpened: true }, names('old', 'new'), t0 + 120_000).doomed).toEqual(['old']);
  });

  it('deletes staging copies of restores that never switched, and never the live or kept database', () => {
    const state = withStaging(withStaging(withStaging(afterRestore(), 'half', t0), 'new', t0), 'old', t0);
    const plan = planStart(state, names('old', 'new', 'half'), t0 + 1);
    expect(plan.doomed).toEqual(['half']);
    expect(plan.state.staging.map((s) => s.name)).toEqual(['half']);
  });

  it('never deletes a database the pointer does not name, however it is called', () => {
    const plan = planStart({ ...afterRestore(), activeOpened: true }, names('old', 'new', 'shouhou-center-abc-123456', 'shouhou-center'), t0 + 1);
    expect(plan.doomed).toEqual([]);
  });

  it('falls back to the kept copy when the live database is missing (opening it would start an empty app)', () => {
    const plan = planStart(afterRestore(), names('old'), t0 + 1);
    expect(plan.fellBack).toBe(true);
    expect(plan.state.active).toBe('old');
    expect(plan.state.replaced).toBeNull();
    expect(plan.doomed).toEqual(['new']);
  });

  it('a fresh install keeps its (not yet created) database and deletes nothing', () => {
    const plan = planStart(initialPointer('shouhou-center', t0), names(), t0);
    expect(plan).toEqual({ state: initialPointer('shouhou-center', t0), doomed: [], fellBack: false });
  });

  it('a deleted name leaves the lists; a failed one stays for the next start', () => {
    const state = { ...withStaging(afterRestore(), 'half', t0), retired: ['older'] };
    expect(forgetDeleted(state, 'half').staging).toEqual([]);
    expect(forgetDeleted(state, 'older').retired).toEqual([]);
    expect(forgetDeleted(state, 'other')).toEqual(state);
  });
});

describe('撤销上次恢复', () => {
  it('is offered for a week while the copy exists, not after a confirmation or an undo', () => {
    const state = afterRestore();
    expect(canUndoRestore(state, names('old', 'new'), t0 + 6 * day)).toBe(true);
    expect(canUndoRestore(state, names('old', 'new'), t0 + keepReplacedMs)).toBe(false);
    expect(canUndoRestore(state, names('new'), t0 + 1)).toBe(false);
    expect(canUndoRestore(confirmedRestore(state, t0 + 1), names('old', 'new'), t0 + 2)).toBe(false);
    expect(canUndoRestore(undoneTo(state, t0 + 1), names('old', 'new'), t0 + 2)).toBe(false);
  });

  it('switches back: the old data is live, the restored data is the copy, deleted once the old data opened again', () => {
    const undone = undoneTo({ ...afterRestore(), activeOpened: true }, t0 + day);
    expect(undone).toMatchObject({ active: 'old', activeOpened: false, replaced: { name: 'new', by: 'undo', at: t0 + day } });
    expect(planStart(undone, names('old', 'new'), t0 + day + 1).doomed).toEqual([]);
    expect(planStart({ ...undone, activeOpened: true }, names('old', 'new'), t0 + day + 2).doomed).toEqual(['new']);
  });

  it('refuses to undo or confirm when there is no restore to act on', () => {
    expect(() => undoneTo(initialPointer('old', t0), t0)).toThrow();
    expect(() => confirmedRestore(undoneTo(afterRestore(), t0), t0)).toThrow();
  });
});

describe('isPointerState', () => {
  it('accepts a stored pointer and refuses anything else', () => {
    expect(isPointerState(afterRestore())).toBe(true);
    expect(isPointerState({ ...afterRestore(), active: '' })).toBe(false);
    expect(isPointerState({ ...afterRestore(), staging: 'x' })).toBe(false);
    expect(isPointerState(null)).toBe(false);
    expect(isPointerState('shouhou-center')).toBe(false);
  });
});
