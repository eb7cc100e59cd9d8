// Muutoksenhakuohjeet: the body's standard appeal texts, which items copy when they pick one. Each
// is edited as rich text (headings and lists print as written); a preset can be taken back as it
// came; new texts are added for the body's own cases. Each text is one body's or every body's
// ("Kaikki toimielimet"): an item's picker offers its body's own and the shared ones. Saves state
// what they read (CONFLICT).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { appealKinds } from '../../../../shared/domain/appeal';
import type { AppealKind, AppealText } from '../../../../shared/domain/appeal';
import type { Body } from '../../../../shared/domain/body';
import { appealPreset } from '../../../../shared/domain/appeal-presets';
import { docOf } from '../../../../shared/domain/rich-text-build';
import type { RichDoc } from '../../../../shared/domain/rich-text';
import type { AppError } from '../../../../shared/ipc/define';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { useToast } from '../../ui/toast';
import { RichTextEditor } from '../items/rich-text/rich-text-editor';

interface Draft {
  id: string | null;
  kind: AppealKind;
  name: string;
  text: RichDoc;
  bodyId: string | null;
  updatedAt: string | null;
}

const draftOf = (text: AppealText): Draft => ({ id: text.id, kind: text.kind, name: text.name, text: text.text, bodyId: text.bodyId, updatedAt: text.updatedAt });

function AppealTextCard({ initial, bodies, onSaved, onDeleted }: { initial: Draft; bodies: readonly Body[]; onSaved: (text: AppealText) => void; onDeleted: (id: string | null) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const labelId = useId();
  const kindId = useId();
  const bodyId = useId();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // The newest draft for save(): the editor reports every change at once, before React re-renders.
  const latest = useRef(initial);
  const update = (next: Partial<Draft>) => {
    latest.current = { ...latest.current, ...next };
    setDraft(latest.current);
  };
  const preset = initial.id === null ? undefined : appealPreset(initial.id);

  const save = async () => {
    const current = latest.current;
    const envelope = await call('appealTexts:save', { id: current.id, kind: current.kind, name: current.name, text: current.text, bodyId: current.bodyId, expectedUpdatedAt: current.updatedAt });
    if (!envelope.ok) {
      setError(envelope.error);
      setFieldErrors(Object.fromEntries((envelope.error.fields ?? []).map((field) => [field.path.split('.')[0] ?? field.path, t(field.message)])));
      return;
    }
    setError(null);
    setFieldErrors({});
    update(draftOf(envelope.value));
    onSaved(envelope.value);
    toast.show({ text: t('editor.appealTexts.saved', { name: envelope.value.name }) });
  };

  const remove = async () => {
    if (draft.id === null) {
      onDeleted(null);
      return;
    }
    const envelope = await call('appealTexts:delete', { id: draft.id });
    if (envelope.ok) onDeleted(draft.id);
    else setError(envelope.error);
  };

  return (
    <li className="appeal-text-card" data-testid="appeal-text">
      <div className="field-row">
        <TextField label={t('editor.appealTexts.name')} name="appealTextName" value={draft.name} error={fieldErrors.name} onChange={(name) => { update({ name }); }} className="field--wide" />
        <div className="field">
          <label className="field__label" htmlFor={kindId}>{t('editor.appealTexts.kind')}</label>
          <select id={kindId} value={draft.kind} onChange={(event) => { update({ kind: appealKinds.find((kind) => kind === event.target.value) ?? draft.kind }); }}>
            {appealKinds.map((kind) => <option key={kind} value={kind}>{t(`items.appealKind.${kind}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={bodyId}>{t('editor.appealTexts.body')}</label>
          <select id={bodyId} value={draft.bodyId ?? ''} onChange={(event) => { update({ bodyId: event.target.value === '' ? null : event.target.value }); }}>
            <option value="">{t('editor.appealTexts.allBodies')}</option>
            {bodies.map((body) => <option key={body.id} value={body.id}>{body.name}</option>)}
            {/* A body deleted since still names the text's owner until another is chosen. */}
            {draft.bodyId !== null && !bodies.some((body) => body.id === draft.bodyId) ? <option value={draft.bodyId}>{t('editor.appealTexts.unknownBody')}</option> : null}
          </select>
          {fieldErrors.bodyId ? <span className="field__error">{fieldErrors.bodyId}</span> : null}
        </div>
      </div>
      <p className="field__label" id={labelId}>{t('editor.appealTexts.text', { name: draft.name })}</p>
      <RichTextEditor value={draft.text} onChange={(text) => { update({ text }); }} labelId={labelId} compact name={draft.name} field="appealText" />
      <ErrorAlert error={error} onDismiss={() => { setError(null); }} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => { void save(); }}>{t('editor.appealTexts.save')}</button>
        {preset ? (
          <button type="button" className="button" onClick={() => { update({ kind: preset.kind, name: preset.name, text: preset.text() }); }}>{t('editor.appealTexts.restorePreset')}</button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={() => { void remove(); }}>{t('editor.appealTexts.delete', { name: draft.name })}</button>
      </div>
    </li>
  );
}

export function AppealTextsSection() {
  const { t } = useTranslation();
  const [texts, setTexts] = useState<Draft[] | null>(null);
  const [bodies, setBodies] = useState<Body[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [generation, setGeneration] = useState(0);
  // A new card's key: unsaved texts have no id yet.
  const nextKey = useRef(0);
  const [keys, setKeys] = useState<string[]>([]);

  useEffect(() => {
    void Promise.all([call('appealTexts:list', { bodyId: null }), call('bodies:list', {})]).then(([envelope, bodyList]) => {
      if (!envelope.ok) {
        setError(envelope.error);
        return;
      }
      if (!bodyList.ok) {
        setError(bodyList.error);
        return;
      }
      setBodies(bodyList.value);
      setTexts(envelope.value.map(draftOf));
      setKeys(envelope.value.map((text) => text.id));
    });
  }, [generation]);

  if (!texts) return <ErrorAlert error={error} />;
  const add = () => {
    nextKey.current += 1;
    setTexts([...texts, { id: null, kind: 'muu', name: t('editor.appealTexts.newName'), text: docOf(), bodyId: null, updatedAt: null }]);
    setKeys([...keys, `new-${String(nextKey.current)}`]);
  };
  const dropAt = (index: number) => {
    setTexts(texts.filter((_, i) => i !== index));
    setKeys(keys.filter((_, i) => i !== index));
  };
  return (
    <section className="editor-section" aria-labelledby="appeal-texts-heading">
      <h2 id="appeal-texts-heading" className="editor-section__title">{t('editor.appealTexts.heading')}</h2>
      <p className="field__hint">{t('editor.appealTexts.explain')}</p>
      <ErrorAlert error={error} />
      <ol className="appeal-texts">
        {texts.map((text, index) => (
          <AppealTextCard
            key={keys[index] ?? index}
            initial={text}
            bodies={bodies}
            onSaved={(saved) => { setTexts(texts.map((other, i) => (i === index ? draftOf(saved) : other))); }}
            onDeleted={() => { dropAt(index); }}
          />
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" onClick={add}>{t('editor.appealTexts.add')}</button>
        <button type="button" className="button button--quiet" onClick={() => { setTexts(null); setGeneration((g) => g + 1); }}>{t('editor.appealTexts.reload')}</button>
      </div>
    </section>
  );
}
