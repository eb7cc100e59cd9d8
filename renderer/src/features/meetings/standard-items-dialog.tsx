// "Lisää vakioasiat": the seven standard items as checkboxes; those already on the agenda are
// shown as such and cannot be added twice. The service puts each where it belongs.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { standardItemKinds } from '../../../../shared/domain/meeting';
import type { StandardItemKind } from '../../../../shared/domain/meeting';
import { Dialog } from '../../ui/dialog';

interface Props {
  onAgenda: readonly StandardItemKind[];
  busy: boolean;
  onClose: () => void;
  onAdd: (kinds: StandardItemKind[]) => void;
}

export function StandardItemsDialog({ onAgenda, busy, onClose, onAdd }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<StandardItemKind[]>(() => standardItemKinds.filter((kind) => !onAgenda.includes(kind)));
  const [tried, setTried] = useState(false);
  const toggle = (kind: StandardItemKind, on: boolean) => { setChosen(on ? standardItemKinds.filter((k) => k === kind || chosen.includes(k)) : chosen.filter((k) => k !== kind)); };
  return (
    <Dialog title={t('meetings.standard.title')} onClose={onClose}>
      <form className="scope-form" noValidate onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (chosen.length > 0) onAdd(chosen);
      }}>
        <fieldset className="scope-form__areas">
          <legend>{t('meetings.standard.legend')}</legend>
          {standardItemKinds.map((kind) => {
            const there = onAgenda.includes(kind);
            const name = t(`meetings.standard.kinds.${kind}`);
            return (
              <label key={kind} className="radio">
                <input type="checkbox" name="standardKind" value={kind} disabled={there} checked={!there && chosen.includes(kind)} onChange={(event) => { toggle(kind, event.target.checked); }} />
                {there ? t('meetings.standard.onAgenda', { name }) : name}
              </label>
            );
          })}
        </fieldset>
        {tried && chosen.length === 0 ? <p role="alert" className="field__error">{t('meetings.standard.noneChosen')}</p> : null}
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('meetings.standard.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
