// The opening line and numbered points of a proposal or decision. Points move by keyboard
// (Alt+ArrowUp/Down in a point, or the buttons) and by dragging the handle; every move is
// announced in a live region so a screen-reader user hears where the point went.
import { useEffect, useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberedPoint, PointList } from '../../../../../shared/domain/item';

interface PointsEditorProps {
  label: string;
  value: PointList;
  onChange: (next: PointList, key: string) => void;
  readOnly?: boolean;
  name: string;
}

export function movePoint(points: NumberedPoint[], from: number, to: number): NumberedPoint[] {
  if (to < 0 || to >= points.length || from === to) return points;
  const next = [...points];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function PointsEditor({ label, value, onChange, readOnly = false, name }: PointsEditorProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const inputs = useRef(new Map<string, HTMLTextAreaElement>());
  const focusNext = useRef<string | null>(null);
  const hintId = useId();
  const points = value.points;

  useEffect(() => {
    if (focusNext.current) {
      inputs.current.get(focusNext.current)?.focus();
      focusNext.current = null;
    }
  });

  const setPoints = (next: NumberedPoint[], key: string) => { onChange({ ...value, points: next }, key); };
  const move = (from: number, to: number) => {
    const moved = points[from];
    if (!moved || to < 0 || to >= points.length) return;
    focusNext.current = moved.id;
    setPoints(movePoint(points, from, to), `${name}.order`);
    setAnnouncement(t('editor.points.moved', { index: to + 1, count: points.length }));
  };
  const add = (at: number) => {
    const point = { id: crypto.randomUUID(), text: '', textSv: '' };
    focusNext.current = point.id;
    setPoints([...points.slice(0, at), point, ...points.slice(at)], `${name}.add`);
    setAnnouncement(t('editor.points.added', { index: at + 1 }));
  };
  const remove = (index: number) => {
    const neighbour = points[index + 1] ?? points[index - 1];
    focusNext.current = neighbour?.id ?? null;
    setPoints(points.filter((_, i) => i !== index), `${name}.remove`);
    setAnnouncement(t('editor.points.removed', { index: index + 1 }));
  };
  const drop = (event: DragEvent, to: number) => {
    event.preventDefault();
    const from = dragFrom ?? Number(event.dataTransfer.getData('text/x-pykala-point'));
    setDragFrom(null);
    if (Number.isInteger(from)) move(from, to);
  };

  return (
    <fieldset className="points" disabled={readOnly}>
      <legend className="points__legend">{t('editor.points.legend', { label })}</legend>
      <label className="field">
        <span className="field__label">{t('items.parts.opening')}</span>
        <input type="text" name={`${name}.opening`} value={value.opening} onChange={(event) => { onChange({ ...value, opening: event.target.value }, `${name}.opening`); }} />
      </label>
      <p id={hintId} className="field__hint">{t('editor.points.keyHint')}</p>
      {points.length === 0 ? <p className="muted">{t('editor.points.none')}</p> : null}
      <ol className="points__list">
        {points.map((point, index) => (
          <li
            key={point.id}
            className={`points__item${dragFrom === index ? ' points__item--dragging' : ''}`}
            data-testid={`${name}-point`}
            onDragOver={(event) => { if (dragFrom !== null) event.preventDefault(); }}
            onDrop={(event) => { drop(event, index); }}
          >
            <span
              className="points__handle"
              draggable={!readOnly}
              role="img"
              aria-label={t('editor.points.dragHandle', { index: index + 1 })}
              onDragStart={(event) => {
                setDragFrom(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/x-pykala-point', String(index));
              }}
              onDragEnd={() => { setDragFrom(null); }}
            >
              ⠿
            </span>
            <span className="points__number" aria-hidden="true">{index + 1}</span>
            <label className="visually-hidden" htmlFor={`${name}-${point.id}`}>{t('editor.points.pointLabel', { index: index + 1 })}</label>
            <textarea
              id={`${name}-${point.id}`}
              ref={(el) => { if (el) inputs.current.set(point.id, el); else inputs.current.delete(point.id); }}
              className="points__text"
              rows={2}
              value={point.text}
              aria-describedby={hintId}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              onChange={(event) => { setPoints(points.map((p) => (p.id === point.id ? { ...p, text: event.target.value } : p)), `${name}.${point.id}`); }}
              onKeyDown={(event) => {
                if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault();
                  move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
                }
              }}
            />
            <span className="points__actions">
              <button type="button" className="button button--icon" aria-label={`${t('items.actions.movePointUp')} ${index + 1}`} disabled={index === 0} onClick={() => { move(index, index - 1); }}>↑</button>
              <button type="button" className="button button--icon" aria-label={`${t('items.actions.movePointDown')} ${index + 1}`} disabled={index === points.length - 1} onClick={() => { move(index, index + 1); }}>↓</button>
              <button type="button" className="button button--icon" aria-label={`${t('items.actions.removePoint')} ${index + 1}`} onClick={() => { remove(index); }}>✕</button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => { add(points.length); }}>{t('items.actions.addPoint')}</button>
      <div role="status" aria-live="polite" className="visually-hidden">{announcement}</div>
    </fieldset>
  );
}
