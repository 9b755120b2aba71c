import { describe, expect, it } from 'vitest';
import { nextZoom, zoomSteps } from './zoom';

describe('nextZoom', () => {
  it('steps between 50% and 200% and stops at the ends', () => {
    expect(zoomSteps[0]).toBe(50);
    expect(zoomSteps.at(-1)).toBe(200);
    expect(nextZoom(100, 1)).toBe(125);
    expect(nextZoom(100, -1)).toBe(90);
    expect(nextZoom(200, 1)).toBe(200);
    expect(nextZoom(50, -1)).toBe(50);
  });
});
