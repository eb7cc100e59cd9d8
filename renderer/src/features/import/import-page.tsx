// "Tuo tiedostosta" (issue 10): the register from the office's spreadsheet in steps: the file,
// what each column holds, the file's values the app does not know, the preview with each row's
// errors and the duplicates' choices, then the one write and its report with "Kumoa tuonti".
// Each step's heading takes the focus, so a keyboard or screen-reader user starts at its top.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FileStep } from './file-step';
import { ImportError } from './import-error';
import { visibleSteps } from './import-state';
import type { ImportStep } from './import-state';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { ReportStep } from './report-step';
import { useImportFlow } from './use-import-flow';
import type { ImportFlow } from './use-import-flow';
import { ValuesStep } from './values-step';
import './import.css';

export function ImportPage() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const steps = visibleSteps(flow.unknowns);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // On arrival too: the register's "Tuo tiedostosta" that had the focus is gone with its screen.
  useEffect(() => {
    headingRef.current?.focus();
  }, [flow.step]);

  return (
    <div className="import-page">
      <div className="import-page__header">
        <h1>{t('dataImportUi.title')}</h1>
        <a className="button button--quiet" href="#/projects">{t('dataImportUi.backToRegister')}</a>
      </div>
      <ol className="import-steps" aria-label={t('dataImportUi.stepsLabel')}>
        {steps.map((step, index) => (
          <li key={step} className="import-steps__step" aria-current={step === flow.step ? 'step' : undefined}>
            <span className="import-steps__number" aria-hidden="true">{index + 1}</span>
            {t(`dataImportUi.step.${step}`)}
          </li>
        ))}
      </ol>
      <section className="import-page__step" aria-labelledby="import-step-heading">
        <h2 id="import-step-heading" ref={headingRef} tabIndex={-1} className="import-page__heading">
          <span className="visually-hidden">{t('dataImportUi.stepOf', { current: steps.indexOf(flow.step) + 1, total: steps.length, name: t(`dataImportUi.step.${flow.step}`) })}: </span>
          {t(headingKey(flow.step))}
        </h2>
        <ImportError error={flow.error} onDismiss={flow.clearError} />
        <StepBody flow={flow} />
      </section>
    </div>
  );
}

function headingKey(step: ImportStep): string {
  switch (step) {
    case 'file': return 'dataImportUi.file.heading';
    case 'mapping': return 'dataImportUi.mapping.heading';
    case 'values': return 'dataImportUi.values.heading';
    case 'preview': return 'dataImportUi.preview.heading';
    case 'report': return 'dataImportUi.report.heading';
  }
}

function StepBody({ flow }: { flow: ImportFlow }) {
  const { preview, mapping, report } = flow;
  switch (flow.step) {
    case 'file':
      return <FileStep busy={flow.busy} onFile={(file) => { void flow.open(file); }} />;
    case 'mapping':
      return preview && mapping ? <MappingStep flow={flow} preview={preview} mapping={mapping} /> : null;
    case 'values':
      return mapping ? <ValuesStep flow={flow} mapping={mapping} /> : null;
    case 'preview':
      return preview ? <PreviewStep flow={flow} preview={preview} /> : null;
    case 'report':
      return report ? <ReportStep flow={flow} report={report} /> : null;
  }
}
