// How many A4 pages the preview's body fills, measured as it is laid out: the page's drawn width
// gives the scale (21 cm), its body may fill 24.5 cm per page (shared/domain/page-geometry.ts).
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { a4, bodyHeightCm, pageCountFor } from '../../../../../shared/domain/page-geometry';

export function usePageCount(
  pageRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
): number {
  const [pages, setPages] = useState(1);
  useLayoutEffect(() => {
    const page = pageRef.current;
    const content = contentRef.current;
    if (page === null || content === null) return undefined;
    const measure = (): void => {
      const pixelsPerCm = page.offsetWidth / a4.widthCm;
      setPages(pageCountFor(content.offsetHeight, bodyHeightCm * pixelsPerCm));
    };
    measure();
    // Typing changes the body's height; React skips the render when the count stays the same.
    const observer = new ResizeObserver(measure);
    observer.observe(content);
    return () => {
      observer.disconnect();
    };
  }, [pageRef, contentRef]);
  return pages;
}
