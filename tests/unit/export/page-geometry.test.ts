// The page measures the export and the preview share, and how a body height becomes a page count.
import { describe, expect, it } from 'vitest';
import { cm, margins, pagePortrait } from '../../../electron/export/layout';
import { a4, bodyHeightCm, pageCountFor, pageMarginsCm } from '../../../shared/domain/page-geometry';

describe('page geometry', () => {
  it('is the A4 page and the margins the Word export writes', () => {
    expect(cm(a4.widthCm)).toBe(pagePortrait.width);
    expect(cm(a4.heightCm)).toBe(pagePortrait.height);
    expect(margins.top).toBe(cm(pageMarginsCm.top));
    expect(bodyHeightCm).toBeCloseTo(24.5, 10);
  });

  it('counts whole pages, at least one, and a pixel of rounding does not start a new one', () => {
    expect(pageCountFor(0, 100)).toBe(1);
    expect(pageCountFor(100, 100)).toBe(1);
    expect(pageCountFor(100.9, 100)).toBe(1);
    expect(pageCountFor(102, 100)).toBe(2);
    expect(pageCountFor(250, 100)).toBe(3);
    expect(pageCountFor(500, 0)).toBe(1);
    expect(pageCountFor(Number.NaN, 100)).toBe(1);
  });
});
