import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './download';

describe('mimeTypeFor', () => {
  it('names the Excel and PDF types so the browser saves them as such', () => {
    expect(mimeTypeFor('电话记录_2025-03-01_2025-03-31.xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(mimeTypeFor('电话记录表.PDF')).toBe('application/pdf');
    expect(mimeTypeFor('noextension')).toBe('application/octet-stream');
  });
});
