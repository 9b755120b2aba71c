import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `margin` of the visible area (and stays true): work for a
 * part of the page below the fold waits until the clerk scrolls to it. (Every browser the app runs
 * in has IntersectionObserver.)
 */
export function useInView(ref: RefObject<Element | null>, margin = '0px'): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (seen || !el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: margin });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin, seen]);
  return seen;
}
