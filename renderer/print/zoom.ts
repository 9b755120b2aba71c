/** Preview zoom steps in percent (the preview scales the pages; printing is always at 100%). */
export const zoomSteps = [50, 75, 90, 100, 125, 150, 175, 200] as const;
export const defaultZoom = 100;

export function nextZoom(current: number, direction: 1 | -1): number {
  const steps = direction > 0 ? zoomSteps : [...zoomSteps].reverse();
  return steps.find((s) => (direction > 0 ? s > current : s < current)) ?? current;
}
