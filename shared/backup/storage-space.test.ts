import { describe, expect, it } from 'vitest';
import { lowSpaceBytes, sizeText, storageWarning } from './storage-space';

describe('storageWarning', () => {
  it('warns under 1 GB free and not at or above it', () => {
    expect(storageWarning(lowSpaceBytes - 1, null)).toEqual({ kind: 'low', freeBytes: lowSpaceBytes - 1 });
    expect(storageWarning(lowSpaceBytes, null)).toBeNull();
    expect(storageWarning(50 * lowSpaceBytes, null)).toBeNull();
  });

  it('a write that failed for quota warns whatever the free space says, and unknown space alone does not', () => {
    expect(storageWarning(50 * lowSpaceBytes, 1)).toEqual({ kind: 'failed' });
    expect(storageWarning(null, 1)).toEqual({ kind: 'failed' });
    expect(storageWarning(null, null)).toBeNull();
  });
});

describe('sizeText', () => {
  it('shows GB with one decimal from 100 MB, MB below', () => {
    expect(sizeText(0.8 * 1024 ** 3)).toEqual({ key: 'storage.size.gb', n: '0.8' });
    expect(sizeText(35 * 1024 ** 2 + 5)).toEqual({ key: 'storage.size.mb', n: '35' });
    expect(sizeText(-1)).toEqual({ key: 'storage.size.mb', n: '0' });
  });
});
