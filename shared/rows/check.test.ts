import { describe, expect, it } from 'vitest';
import { dictionaries, translate, type StringKey } from '../i18n';
import { checkRow } from './check';
import { rowFieldLabelKey, rowProblemText, rowTableLabelKey } from './labels';
import { rowSchemas, rowTables } from './registry';

const staff = { id: 1, name: '陈主管', roles: ['supervisor'], pinHash: 'aGFzaA==', pinSalt: 'c2FsdA==', pinIterations: 150_000, active: true, failedAttempts: 0, lockedUntil: 0, createdAt: 1 };
const t = (key: StringKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: StringKey, params?: Record<string, string | number>) => translate('en', key, params);

/** The top-level field names of a schema (objects, refined objects, unions of objects). */
function fieldsOf(schema: unknown): string[] {
  const def: unknown = Reflect.get(Reflect.get(Object(schema), '_zod') ?? {}, 'def');
  if (typeof def !== 'object' || def === null) return [];
  const shape: unknown = Reflect.get(def, 'shape');
  if (typeof shape === 'object' && shape !== null) return Object.keys(shape);
  const options: unknown = Reflect.get(def, 'options');
  if (Array.isArray(options)) return options.flatMap(fieldsOf);
  return fieldsOf(Reflect.get(def, 'in') ?? Reflect.get(def, 'innerType'));
}

describe('the row check of a stored row', () => {
  it('accepts a sound row and names the field of the first fault in a bad one', () => {
    expect(checkRow('staff', staff)).toBeNull();
    expect(checkRow('staff', { ...staff, roles: 'supervisor' })).toEqual({ field: 'roles', kind: 'type' });
    expect(checkRow('staff', { ...staff, roles: ['boss'] })).toEqual({ field: 'roles', kind: 'value' });
    const { pinHash: _h, ...noHash } = staff;
    expect(checkRow('staff', noHash)).toEqual({ field: 'pinHash', kind: 'missing' });
  });

  it('runs the repository’s own rules after the shape: an empty staff name breaks the staff form’s rule', () => {
    expect(checkRow('staff', { ...staff, name: '  ' })).toEqual({ field: 'name', kind: 'rule', message: 'staff.error.nameRequired' });
  });

  it('refuses __proto__, constructor and prototype keys at any depth, and a table it does not know', () => {
    const nested = JSON.parse('{"key":"x","value":{"a":[{"__proto__":{"admin":true}}]}}') as unknown;
    expect(checkRow('settings', nested)).toEqual({ field: 'value', kind: 'forbiddenKey' });
    expect(checkRow('settings', { key: 'x', value: { constructor: { prototype: {} } } })).toEqual({ field: 'value', kind: 'forbiddenKey' });
    expect(checkRow('slips', {})).toEqual({ field: '', kind: 'unknownTable' });
    expect(checkRow('toString', {})).toEqual({ field: '', kind: 'unknownTable' });
  });

  it('refuses a row nested deeper than any record the app writes', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(checkRow('settings', { key: 'x', value: deep })).toEqual({ field: 'value', kind: 'tooDeep' });
  });

  it('checks the values of the settings that screens read as their type', () => {
    expect(checkRow('settings', { key: 'firstRunDone', value: true })).toBeNull();
    expect(checkRow('settings', { key: 'firstRunDone', value: 'yes' })).toEqual({ field: 'value', kind: 'type' });
    expect(checkRow('settings', { key: 'lang', value: { any: 'thing' } })).toBeNull();
    expect(checkRow('settings', { key: 'exportSchedule', value: { period: 'monthly', kinds: [], since: '2026-11-01' } })).toEqual({
      field: 'value', kind: 'rule', message: 'exportSchedule.error.kindsRequired',
    });
  });
});

describe('the words for a bad row', () => {
  it('every table and every stored field has a name in both languages', () => {
    for (const table of rowTables) {
      const key = rowTableLabelKey(table);
      expect(key, table).not.toBeNull();
      for (const field of fieldsOf(rowSchemas[table])) {
        const fieldKey = rowFieldLabelKey(field);
        expect(fieldKey, `${table}.${field}`).not.toBeNull();
        if (fieldKey) expect([dictionaries['zh-CN'][fieldKey], dictionaries.en[fieldKey]].every((s) => s.length > 0)).toBe(true);
      }
    }
  });

  it('says which table, record and field is wrong, never the stored names', () => {
    const text = rowProblemText(t, { table: 'staff', row: 3, fault: { field: 'roles', kind: 'type' } });
    expect(text).toBe('备份文件中「员工」表第 3 条记录的「角色」类型不正确,无法恢复');
    expect(rowProblemText(en, { table: 'products', row: 1, fault: { field: 'price', kind: 'rule', message: 'product.error.priceNegative' } })).toMatch(
      /^In the backup, the "Unit price" of record 1 in "Products" breaks a rule: .+; it cannot be restored$/,
    );
    const whole = rowProblemText(t, { table: 'slips', row: 2, fault: { field: '', kind: 'unknownTable' } });
    expect(whole).toBe('备份文件中「未知」表第 2 条记录属于本程序不认识的数据表,无法恢复');
    expect(whole).not.toMatch(/[a-z]/i);
  });
});
