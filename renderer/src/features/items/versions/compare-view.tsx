// Two versions compared (ItemComparison from versions:compare): per field, the units that differ,
// each named by its place ("kohta 2", "taulukko 1, rivi 3, sarake 2"). Inline, one text with the
// insertions in <ins> and the deletions in <del>; side by side, the text before with its deletions
// and the text after with its insertions. Screen readers hear "lisätty" / "poistettu" around each
// change, and on screen they are underlined or struck through, never told by colour alone.
import { useTranslation } from 'react-i18next';
import type { DiffPart, ItemComparison, UnitDiff } from '../../../../../shared/domain/compare-types';
import { unitPlaceLabel } from '../../../../../shared/format/version-summary-text';

export type CompareMode = 'inline' | 'sideBySide';

function Part({ part }: { part: DiffPart }) {
  const { t } = useTranslation();
  if (part.op === 'same') return <span>{part.text}</span>;
  const Tag = part.op === 'ins' ? 'ins' : 'del';
  return (
    <Tag className={`diff-${part.op}`}>
      <span className="visually-hidden">{t(part.op === 'ins' ? 'review.versions.insertedStart' : 'review.versions.deletedStart')}</span>
      {part.text}
      <span className="visually-hidden">{t('review.versions.end')}</span>
    </Tag>
  );
}

function Parts({ parts }: { parts: readonly DiffPart[] }) {
  return <>{parts.map((part, index) => <Part key={index} part={part} />)}</>;
}

function UnitRow({ unit, mode, from, to }: { unit: UnitDiff; mode: CompareMode; from: number; to: number }) {
  const { t } = useTranslation();
  const label = (
    <p className="compare-unit__label">
      {unitPlaceLabel(unit.place)} · <span className={`compare-unit__change compare-unit__change--${unit.change}`}>{t(`review.versions.change.${unit.change === 'same' ? 'changed' : unit.change}`)}</span>
    </p>
  );
  if (mode === 'inline') {
    return (
      <li className="compare-unit" data-testid="compare-unit">
        {label}
        <p className="compare-unit__text"><Parts parts={unit.parts} /></p>
      </li>
    );
  }
  const before = unit.parts.filter((part) => part.op !== 'ins');
  const after = unit.parts.filter((part) => part.op !== 'del');
  return (
    <li className="compare-unit" data-testid="compare-unit">
      {label}
      <div className="compare-unit__sides">
        <p className="compare-unit__text compare-unit__before" data-testid="compare-before">
          <span className="visually-hidden">{t('review.versions.before', { version: from })}: </span>
          {unit.change === 'added' ? null : <Parts parts={before} />}
        </p>
        <p className="compare-unit__text compare-unit__after" data-testid="compare-after">
          <span className="visually-hidden">{t('review.versions.after', { version: to })}: </span>
          {unit.change === 'removed' ? null : <Parts parts={after} />}
        </p>
      </div>
    </li>
  );
}

export function CompareView({ comparison, mode }: { comparison: ItemComparison; mode: CompareMode }) {
  const { t } = useTranslation();
  const fields = comparison.fields.map((field) => ({ field, units: field.units.filter((unit) => unit.change !== 'same') })).filter(({ units }) => units.length > 0);
  const others = comparison.otherChanged.map((name) => t(`review.summary.fields.${name}`, { defaultValue: name }));
  return (
    <section className="compare-view" aria-labelledby="compare-heading" data-testid="compare-view" data-mode={mode}>
      <h3 id="compare-heading" className="compare-view__title">{t('review.versions.comparing', { from: comparison.from, to: comparison.to })}</h3>
      {fields.length === 0 && others.length === 0 ? <p className="muted">{t('review.versions.noDifferences')}</p> : null}
      {mode === 'sideBySide' && fields.length > 0 ? (
        <div className="compare-unit__sides compare-view__sides-head" aria-hidden="true">
          <span>{t('review.versions.before', { version: comparison.from })}</span>
          <span>{t('review.versions.after', { version: comparison.to })}</span>
        </div>
      ) : null}
      {fields.map(({ field, units }) => (
        <section key={field.field} className="compare-field" aria-label={t(`review.comments.field.${field.field}`)}>
          <h4 className="compare-field__title">{t(`review.comments.field.${field.field}`)}</h4>
          <ul className="compare-field__units">
            {units.map((unit, index) => <UnitRow key={index} unit={unit} mode={mode} from={comparison.from} to={comparison.to} />)}
          </ul>
        </section>
      ))}
      {others.length > 0 ? <p className="compare-view__others">{t('review.versions.otherChanged', { fields: others.join(', ') })}</p> : null}
    </section>
  );
}
