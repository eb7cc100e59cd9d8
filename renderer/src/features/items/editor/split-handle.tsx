// The border between the form and the preview: drag it, or focus it and use the arrow keys (the
// ARIA window-splitter pattern: a focusable separator whose value is the preview's share).
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { maxSplit, minSplit } from '../preview/preview-view';

interface Props {
  /** The preview's share of the columns' width, in per cent. */
  value: number;
  onChange: (value: number) => void;
}

const keyStep = 2;

function clamp(value: number): number {
  return Math.round(Math.min(maxSplit, Math.max(minSplit, value)));
}

export function SplitHandle({ value, onChange }: Props) {
  const { t } = useTranslation();
  const dragging = useRef(false);

  const fromPointer = (event: PointerEvent<HTMLDivElement>) => {
    const columns = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!columns || columns.width <= 0) return;
    onChange(clamp(((columns.right - event.clientX) / columns.width) * 100));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The separator stands left of the preview: moving it left widens the preview.
    const moves: Record<string, number> = { ArrowLeft: keyStep, ArrowRight: -keyStep, ArrowUp: keyStep, ArrowDown: -keyStep, PageUp: 10, PageDown: -10, Home: maxSplit - value, End: minSplit - value };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    onChange(clamp(value + move));
  };

  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('editor.preview.splitter')}
      aria-valuenow={value}
      aria-valuemin={minSplit}
      aria-valuemax={maxSplit}
      aria-valuetext={t('editor.preview.splitterValue', { percent: value })}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => { if (dragging.current) fromPointer(event); }}
      onPointerUp={(event) => {
        dragging.current = false;
        event.currentTarget.releasePointerCapture(event.pointerId);
      }}
    />
  );
}
