import { describe, expect, it } from 'vitest';
import { dictionaries, translate } from './i18n';
import { exportExtensions, fileNameProblem, fileNameProblemKeys, fileNameProblems, fileNameProblemText, safeFileStem, saveAsExtensions } from './file-name';

describe('fileNameProblem: what an export may be called', () => {
  it.each(['电话记录_2025-01-01_2025-01-31.xlsx', 'a.b.xlsx', 'x (2).xlsx', 'console.xlsx', 'COM.xlsx', 'COM10.xlsx', 'CONOUTX.xlsx', 'A.XLSX'])(
    'accepts %s',
    (name) => expect(fileNameProblem(name, exportExtensions)).toBeNull(),
  );

  it.each([
    ['evil.exe', 'extension'],
    ['report.lnk', 'extension'],
    ['x.hta', 'extension'],
    ['x.xlsx.exe', 'extension'],
    ['x.scr', 'extension'],
    ['noextension', 'extension'],
    ['.xlsx', 'extension'],
    ['report.pdf', 'extension'],
    ['report\u202Exslx.exe', 'bidiControl'],
    ['report\u202Exslx.xlsx', 'bidiControl'],
    ['a\u2066b.xlsx', 'bidiControl'],
    ['a\u200Fb.xlsx', 'bidiControl'],
    ['CONOUT$', 'deviceName'],
    ['CONOUT$.xlsx', 'deviceName'],
    ['conin$.xlsx', 'deviceName'],
    ['CON.xlsx', 'deviceName'],
    ['con.tar.xlsx', 'deviceName'],
    ['PRN.xlsx', 'deviceName'],
    ['aux.xlsx', 'deviceName'],
    ['NUL.xlsx', 'deviceName'],
    ['NUL .xlsx', 'deviceName'],
    ['COM1.xlsx', 'deviceName'],
    ['com9.xlsx', 'deviceName'],
    ['LPT1.xlsx', 'deviceName'],
    ['LPT¹.xlsx', 'deviceName'],
    ['a\u0000b.xlsx', 'controlCharacter'],
    ['a\nb.xlsx', 'controlCharacter'],
    ['a\u007Fb.xlsx', 'controlCharacter'],
    ['a\u0085b.xlsx', 'controlCharacter'],
    ['a\u200Bb.xlsx', 'controlCharacter'],
    ['a\u2028b.xlsx', 'controlCharacter'],
    ['../x.xlsx', 'reservedCharacter'],
    ['..\\x.xlsx', 'reservedCharacter'],
    ['C:x.xlsx', 'reservedCharacter'],
    ['a/b.xlsx', 'reservedCharacter'],
    ['x.xlsx.', 'trailingDotOrSpace'],
    ['x.xlsx ', 'trailingDotOrSpace'],
    ['..', 'trailingDotOrSpace'],
    ['', 'empty'],
    [`${'x'.repeat(196)}.xlsx`, 'tooLong'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(fileNameProblem(name, exportExtensions)).toBe(problem);
  });

  it('另存为 allows pdf, xlsx, json and shbk, and nothing else', () => {
    for (const name of ['表.pdf', '表.xlsx', '模板.json', '售后服务中心-备份-2026-11-27-083012.shbk'])
      expect(fileNameProblem(name, saveAsExtensions)).toBeNull();
    for (const name of ['表.exe', '表.lnk', '表.hta', '表.bat', '表.html', '表.js'])
      expect(fileNameProblem(name, saveAsExtensions)).toBe('extension');
  });

  it('without an extension list, checks only the name itself', () => {
    expect(fileNameProblem('anything.exe')).toBeNull();
    expect(fileNameProblem('CON')).toBe('deviceName');
  });
});

describe('safeFileStem', () => {
  it('turns typed text into a name fileNameProblem accepts', () => {
    for (const text of ['快递单 1/2: "顺丰"?', '面单. ', 'CON', 'con.报表', 'NUL ', 'a\u202Eb', 'x\u0000y', '...', '', 'LPT1'])
      expect(fileNameProblem(`${safeFileStem(text, 'print')}.pdf`, saveAsExtensions)).toBeNull();
  });

  it('keeps ordinary names as they are and gives the fallback when nothing is left', () => {
    expect(safeFileStem('购销单 2026-11-27', 'print')).toBe('购销单 2026-11-27');
    expect(safeFileStem('快递单 1/2: "顺丰"?', 'print')).toBe('快递单 1_2_ _顺丰__');
    expect(safeFileStem('CON', 'print')).toBe('CON_');
    expect(safeFileStem('con.报表', 'print')).toBe('con_.报表');
    expect(safeFileStem('a\u202Eb', 'print')).toBe('ab');
    expect(safeFileStem('...', 'print')).toBe('print');
  });
});

describe('refused names in words', () => {
  it('words every problem in both languages, never as a code', () => {
    for (const problem of fileNameProblems) {
      const key = fileNameProblemKeys[problem];
      expect(dictionaries['zh-CN'][key]).toBeTruthy();
      expect(dictionaries.en[key]).toBeTruthy();
      const zh = fileNameProblemText((k, p) => translate('zh-CN', k, p), problem, ['pdf', 'xlsx']);
      expect(zh).not.toContain(problem);
      expect(zh).not.toContain('{');
    }
    expect(fileNameProblemText((k, p) => translate('zh-CN', k, p), 'extension', ['xlsx'])).toContain('.xlsx');
  });
});
