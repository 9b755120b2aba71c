import { describe, expect, it } from 'vitest';
import { isApprovalRecorded } from './approvals';
import { supervisorApproval } from './test-fixtures';

describe('isApprovalRecorded', () => {
  it('is true only for an approval naming a supervisor and a time', () => {
    expect(isApprovalRecorded(supervisorApproval)).toBe(true);
    expect(isApprovalRecorded(undefined)).toBe(false);
    expect(isApprovalRecorded({ ...supervisorApproval, supervisorId: 0 })).toBe(false);
    expect(isApprovalRecorded({ ...supervisorApproval, supervisorName: ' ' })).toBe(false);
    expect(isApprovalRecorded({ ...supervisorApproval, at: 0 })).toBe(false);
  });
});
