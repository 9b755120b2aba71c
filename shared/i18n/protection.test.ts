import { describe, expect, it } from 'vitest';
import { validatePin } from '../auth/staff';
import { validateBackupPassword } from '../backup/password';
import { dictionaries } from './index';
import { protectionStrings } from './protection';

const known = (key: string) => Object.hasOwn(dictionaries['zh-CN'], key) && Object.hasOwn(dictionaries.en, key);

describe('lock-down dictionary section', () => {
  it('has English for every Chinese key, no empty string, and is registered', () => {
    expect(Object.keys(protectionStrings.en).sort()).toEqual(Object.keys(protectionStrings.zh).sort());
    for (const text of [...Object.values(protectionStrings.zh), ...Object.values(protectionStrings.en)]) expect(text.trim()).not.toBe('');
    for (const key of Object.keys(protectionStrings.zh)) expect(known(key), key).toBe(true);
  });

  it('words every refusal of the supervisor PIN and the backup password rules', () => {
    const messages = [...validatePin('1234', ['supervisor']), ...validateBackupPassword('short'), ...validateBackupPassword('x'.repeat(129))].map((i) => i.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(known(m), m).toBe(true);
    expect(dictionaries['zh-CN']['backup.error.tampered']).toContain('文件已被改动或损坏');
  });
});
