// Add or edit a body (toimielin): names, default place, term, the members with their roles and
// personal deputies, those attending by right, and the years whose § numbering starts above 1.
// A save states the updatedAt the dialog read: a body saved elsewhere since keeps the user's
// text and offers the stored version or saving over it (ui/conflict-choice.tsx). Problems are
// shown at their inputs (paths such as "members.2.name"); the rest in the alert.
import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { memberRoles, otherRoles } from '../../../../shared/domain/body';
import type { Body, BodyMember, BodyOther } from '../../../../shared/domain/body';
import type { AppError } from '../../../../shared/ipc/define';
import { ConflictChoice, isStaleWrite } from '../../ui/conflict-choice';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { TextField } from '../../ui/field';
import { useIssueText } from '../../ui/field-issues';
import { useToast } from '../../ui/toast';
import { useFocusFirstInvalid } from '../../ui/use-focus-invalid';
import { bodyFormOf, bodyInputOf, localIssues } from './body-form-state';
import type { BodyForm } from './body-form-state';

interface Props {
  body: Body | null;
  onClose: () => void;
  onSaved: (body: Body) => void;
}

const newKey = () => crypto.randomUUID();
const topFields = ['name', 'nameSv', 'defaultPlace', 'termStart', 'termEnd'] as const;

/** An input of a row, named for a screen reader by its row ("Varajäsen: Aino Ahola"), its problem under it. */
function RowInput({ label, value, onChange, error, name }: { label: string; value: string; onChange: (value: string) => void; error: string | undefined; name: string }) {
  const errorId = useId();
  return (
    <>
      <input type="text" name={name} aria-label={label} value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} onChange={(event) => { onChange(event.target.value); }} />
      {error ? <span id={errorId} className="field__error">{error}</span> : null}
    </>
  );
}

function RowSelect<V extends string>({ label, value, options, optionLabel, onChange }: { label: string; value: V; options: readonly V[]; optionLabel: (value: V) => string; onChange: (value: V) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => { const next = options.find((option) => option === event.target.value); if (next !== undefined) onChange(next); }}>
      {options.map((option) => <option key={option} value={option}>{optionLabel(option)}</option>)}
    </select>
  );
}

function RowsFieldset({ legend, hint, children, onAdd, addLabel }: { legend: string; hint?: string; children: ReactNode; onAdd: () => void; addLabel: string }) {
  return (
    <fieldset className="scope-form__areas">
      <legend>{legend}</legend>
      {hint ? <span className="field__hint">{hint}</span> : null}
      {children}
      <div>
        <button type="button" className="button button--small" onClick={onAdd}>{addLabel}</button>
      </div>
    </fieldset>
  );
}

export function BodyDialog({ body, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const issueText = useIssueText();
  const [form, setForm] = useState<BodyForm>(() => bodyFormOf(body, newKey));
  const [readAt, setReadAt] = useState(body?.updatedAt ?? null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const issue = (path: string) => {
    const message = issues[path];
    return message === undefined ? undefined : issueText(message);
  };
  const nameOr = (name: string) => (name.trim() === '' ? t('meetings.bodies.unnamed') : name);
  const setMember = (index: number, patch: Partial<BodyMember>) => { setForm({ ...form, members: form.members.map((member, i) => (i === index ? { ...member, ...patch } : member)) }); };
  const setOther = (index: number, patch: Partial<BodyOther>) => { setForm({ ...form, others: form.others.map((other, i) => (i === index ? { ...other, ...patch } : other)) }); };
  const setStart = (index: number, patch: { year?: string; first?: string }) => { setForm({ ...form, sectionStarts: form.sectionStarts.map((row, i) => (i === index ? { ...row, ...patch } : row)) }); };
  /** Issues no input on the form shows (a body deleted meanwhile, a path this form has no input for). */
  const shownPaths = new Set<string>([
    ...topFields,
    ...form.members.flatMap((_, i) => [`members.${String(i)}.name`, `members.${String(i)}.deputyName`]),
    ...form.others.flatMap((_, i) => [`others.${String(i)}.name`, `others.${String(i)}.title`]),
    ...form.sectionStarts.flatMap((_, i) => [`sectionStarts.${String(i)}.year`, `sectionStarts.${String(i)}.first`]),
  ]);
  const unplaced = [...new Set(Object.entries(issues).filter(([path]) => !shownPaths.has(path)).map(([, message]) => message))];

  const save = async (expectedUpdatedAt: string | null) => {
    setConflict(null);
    const local = localIssues(form);
    if (Object.keys(local).length > 0) {
      setIssues(local);
      setError(null);
      setAttempt((value) => value + 1);
      return;
    }
    setBusy(true);
    const envelope = await call('bodies:save', bodyInputOf(form, body?.id ?? null, expectedUpdatedAt));
    setBusy(false);
    if (envelope.ok) {
      onSaved(envelope.value);
      return;
    }
    toast.notSaved();
    if (isStaleWrite(envelope.error)) {
      setError(null);
      setIssues({});
      setConflict(envelope.error);
      return;
    }
    setError(envelope.error);
    setIssues(Object.fromEntries((envelope.error.fields ?? []).map((field) => [field.path, field.message])));
    setAttempt((value) => value + 1);
  };

  const readStored = async (id: string): Promise<Body | null> => {
    setBusy(true);
    const envelope = await call('bodies:list', {});
    setBusy(false);
    setConflict(null);
    if (!envelope.ok) {
      setError(envelope.error);
      return null;
    }
    const stored = envelope.value.find((candidate) => candidate.id === id);
    if (!stored) setError({ code: 'NOT_FOUND', message: `No body ${id}` });
    return stored ?? null;
  };

  return (
    <Dialog title={body ? t('meetings.bodies.editTitle', { name: body.name }) : t('meetings.bodies.new')} size="wide" onClose={onClose}>
      <form ref={formRef} className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(readAt); }}>
        <div className="field-row">
          <TextField label={t('meetings.bodies.name')} name="name" value={form.name} onChange={(name) => { setForm({ ...form, name }); }} error={issue('name')} autoFocus />
          <TextField label={t('meetings.bodies.nameSv')} name="nameSv" value={form.nameSv} onChange={(nameSv) => { setForm({ ...form, nameSv }); }} error={issue('nameSv')} />
          <TextField label={t('meetings.bodies.defaultPlace')} name="defaultPlace" value={form.defaultPlace} onChange={(defaultPlace) => { setForm({ ...form, defaultPlace }); }} error={issue('defaultPlace')} />
        </div>
        <div className="field-row">
          <TextField label={t('meetings.bodies.termStart')} name="termStart" value={form.termStart} hint={t('meetings.bodies.dateHint')} onChange={(termStart) => { setForm({ ...form, termStart }); }} error={issue('termStart')} />
          <TextField label={t('meetings.bodies.termEnd')} name="termEnd" value={form.termEnd} hint={t('meetings.bodies.dateHint')} onChange={(termEnd) => { setForm({ ...form, termEnd }); }} error={issue('termEnd')} />
        </div>

        <RowsFieldset legend={t('meetings.bodies.members')} addLabel={t('meetings.bodies.addMember')} onAdd={() => { setForm({ ...form, members: [...form.members, { id: newKey(), name: '', role: 'jasen', deputyName: '' }] }); }}>
          {form.members.length === 0 ? null : (
            <table className="body-rows">
              <caption className="visually-hidden">{t('meetings.bodies.membersTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.bodies.memberName')}</th>
                  <th scope="col">{t('meetings.bodies.role')}</th>
                  <th scope="col">{t('meetings.bodies.deputy')}</th>
                  <th scope="col" className="body-rows__actions"><span className="visually-hidden">{t('meetings.bodies.columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {form.members.map((member, index) => {
                  const shown = member.name.trim() === '' ? t('meetings.bodies.memberNameOf', { index: index + 1 }) : member.name;
                  return (
                    <tr key={member.id} data-testid="body-member">
                      <td><RowInput name="memberName" label={t('meetings.bodies.memberNameOf', { index: index + 1 })} value={member.name} onChange={(name) => { setMember(index, { name }); }} error={issue(`members.${String(index)}.name`)} /></td>
                      <td><RowSelect label={t('meetings.bodies.roleOf', { name: shown })} value={member.role} options={memberRoles} optionLabel={(role) => t(`meetings.bodies.memberRoles.${role}`)} onChange={(role) => { setMember(index, { role }); }} /></td>
                      <td><RowInput name="deputyName" label={t('meetings.bodies.deputyOf', { name: shown })} value={member.deputyName} onChange={(deputyName) => { setMember(index, { deputyName }); }} error={issue(`members.${String(index)}.deputyName`)} /></td>
                      <td className="body-rows__actions">
                        <button type="button" className="button button--small button--danger" aria-label={t('meetings.bodies.removeMember', { name: nameOr(member.name) })} onClick={() => { setForm({ ...form, members: form.members.filter((_, i) => i !== index) }); }}>{t('ui.actions.delete')}</button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </RowsFieldset>

        <RowsFieldset legend={t('meetings.bodies.others')} addLabel={t('meetings.bodies.addOther')} onAdd={() => { setForm({ ...form, others: [...form.others, { id: newKey(), name: '', title: '', role: 'esittelija' }] }); }}>
          {form.others.length === 0 ? null : (
            <table className="body-rows">
              <caption className="visually-hidden">{t('meetings.bodies.othersTable')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.bodies.otherName')}</th>
                  <th scope="col">{t('meetings.bodies.role')}</th>
                  <th scope="col">{t('meetings.bodies.otherTitle')}</th>
                  <th scope="col" className="body-rows__actions"><span className="visually-hidden">{t('meetings.bodies.columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {form.others.map((other, index) => {
                  const shown = other.name.trim() === '' ? t('meetings.bodies.otherNameOf', { index: index + 1 }) : other.name;
                  return (
                    <tr key={other.id} data-testid="body-other">
                      <td><RowInput name="otherName" label={t('meetings.bodies.otherNameOf', { index: index + 1 })} value={other.name} onChange={(name) => { setOther(index, { name }); }} error={issue(`others.${String(index)}.name`)} /></td>
                      <td><RowSelect label={t('meetings.bodies.roleOf', { name: shown })} value={other.role} options={otherRoles} optionLabel={(role) => t(`meetings.bodies.otherRoles.${role}`)} onChange={(role) => { setOther(index, { role }); }} /></td>
                      <td><RowInput name="otherTitle" label={t('meetings.bodies.otherTitleOf', { name: shown })} value={other.title} onChange={(title) => { setOther(index, { title }); }} error={issue(`others.${String(index)}.title`)} /></td>
                      <td className="body-rows__actions">
                        <button type="button" className="button button--small button--danger" aria-label={t('meetings.bodies.removeOther', { name: nameOr(other.name) })} onClick={() => { setForm({ ...form, others: form.others.filter((_, i) => i !== index) }); }}>{t('ui.actions.delete')}</button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </RowsFieldset>

        <RowsFieldset legend={t('meetings.bodies.sectionStarts')} hint={t('meetings.bodies.sectionStartsHint')} addLabel={t('meetings.bodies.addSectionStart')} onAdd={() => { setForm({ ...form, sectionStarts: [...form.sectionStarts, { key: newKey(), year: '', first: '' }] }); }}>
          {form.sectionStarts.length === 0 ? null : (
            <table className="body-rows body-rows--narrow">
              <thead>
                <tr>
                  <th scope="col" className="body-rows__year">{t('meetings.bodies.year')}</th>
                  <th scope="col" className="body-rows__year">{t('meetings.bodies.firstSection')}</th>
                  <th scope="col" className="body-rows__actions"><span className="visually-hidden">{t('meetings.bodies.columns.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {form.sectionStarts.map((row, index) => (
                  <tr key={row.key}>
                    <td><RowInput name="sectionYear" label={t('meetings.bodies.yearOf', { index: index + 1 })} value={row.year} onChange={(year) => { setStart(index, { year }); }} error={issue(`sectionStarts.${String(index)}.year`)} /></td>
                    <td><RowInput name="sectionFirst" label={t('meetings.bodies.firstSectionOf', { year: row.year })} value={row.first} onChange={(first) => { setStart(index, { first }); }} error={issue(`sectionStarts.${String(index)}.first`)} /></td>
                    <td className="body-rows__actions">
                      <button type="button" className="button button--small button--danger" aria-label={t('meetings.bodies.removeSectionStart', { year: row.year })} onClick={() => { setForm({ ...form, sectionStarts: form.sectionStarts.filter((_, i) => i !== index) }); }}>{t('ui.actions.delete')}</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </RowsFieldset>

        <ErrorAlert error={error} details={unplaced} fieldsMarked={Object.keys(issues).some((path) => shownPaths.has(path))} />
        {conflict && body ? (
          <ConflictChoice
            error={conflict}
            busy={busy}
            onReload={() => { void readStored(body.id).then((stored) => { if (stored) { setForm(bodyFormOf(stored, newKey)); setReadAt(stored.updatedAt); setIssues({}); } }); }}
            onOverwrite={() => { void readStored(body.id).then((stored) => { if (stored) { setReadAt(stored.updatedAt); void save(stored.updatedAt); } }); }}
          />
        ) : null}
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('meetings.bodies.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
