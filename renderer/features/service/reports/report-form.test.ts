import { describe, expect, it } from 'vitest';
import { validateReport } from '@shared/service/report';
import { blankPart, formToReportInput, isReportField, readParts, reportFormFor, toFormPath } from './report-form';

describe('service report form', () => {
  it('starts from the request: customer, dispatched technicians, planned time as arrival', () => {
    const v = reportFormFor({ id: 7, customerId: 3, contact: '张伟', dispatch: { technicianIds: [2, 5], plannedAt: 1_700_000_000_000 } });
    expect(v).toMatchObject({ requestId: 7, customerId: 3, technicianIds: [2, 5], arrivalAt: 1_700_000_000_000, customerSignatureName: '张伟' });
    expect(Number.isNaN(v.departureAt)).toBe(true);
  });

  it('a report without a technician or visit time is refused at those fields', () => {
    const v = { ...reportFormFor(), customerId: 1, workDone: '更换滤芯', customerSignatureName: '张伟' };
    const paths = validateReport(formToReportInput(v, [])).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['technicianIds', 'arrivalAt', 'departureAt']));
    expect(paths.every(isReportField)).toBe(true);
  });

  it('SVC-3: a result short of resolved needs the problems left open', () => {
    const v = { ...reportFormFor(), customerId: 1, technicianIds: [2], arrivalAt: 1000, departureAt: 2000, workDone: 'x', customerSignatureName: 'y', result: 'partly' as const };
    expect(validateReport(formToReportInput(v, [])).map((i) => i.path)).toEqual(['unresolvedProblems']);
    expect(validateReport(formToReportInput({ ...v, unresolved: ['水龙头滴水'] }, []))).toEqual([]);
  });

  it('reads part rows and maps the stock posting’s line back to its row', () => {
    const read = readParts([blankPart(), { productId: 4, qty: '2' }, { productId: 4, qty: '1' }, { productId: null, qty: '1' }, { productId: 6, qty: '0' }]);
    expect(read.parts).toEqual([{ productId: 4, qty: 2 }]);
    expect(read.issues.map((i) => i.path)).toEqual(['partsUsed.2.productId', 'partsUsed.3.productId', 'partsUsed.4.qty']);
    expect(toFormPath('lines.0.qty', read.rows)).toBe('partsUsed.1.qty');
    expect(toFormPath('approval', read.rows)).toBe('approval');
  });
});
