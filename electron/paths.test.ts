import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pinUserDataPath, userDataFolderName } from './paths';

describe('pinUserDataPath', () => {
  it('puts userData in a fixed folder under appData, independent of the product name', () => {
    const app = { getPath: vi.fn(() => join('C:', 'Users', 'u', 'AppData', 'Roaming')), setPath: vi.fn() };
    const path = pinUserDataPath(app);
    expect(userDataFolderName).toBe('ShouhouCenter');
    expect(path).toBe(join('C:', 'Users', 'u', 'AppData', 'Roaming', 'ShouhouCenter'));
    expect(app.setPath).toHaveBeenCalledWith('userData', path);
  });
});
