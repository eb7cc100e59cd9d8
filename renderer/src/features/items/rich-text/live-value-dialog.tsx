// Picks a register figure and resolves its current text before it goes into the background.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { liveValueMetrics } from '../../../../../shared/domain/rich-text';
import type { LiveValueAttrs, LiveValueMetric } from '../../../../../shared/domain/rich-text';
import { SelectField } from '../../../ui/field';
import { RegisterScopeDialog } from '../register-scope';

export function LiveValueDialog({ title, onDone }: { title: string; onDone: (attrs: LiveValueAttrs | null) => void }) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<LiveValueMetric>('runningProjectCount');
  return (
    <RegisterScopeDialog
      title={title}
      submitLabel={t('editor.liveValue.insert')}
      onCancel={() => { onDone(null); }}
      onSubmit={async ({ activeOn, areas }) => {
        const envelope = await call('items:resolveLiveValue', { metric, activeOn, areas });
        if (!envelope.ok) return t(`error.${envelope.error.code}`);
        onDone({ metric, activeOn, areas, frozenText: null, text: envelope.value.text });
        return null;
      }}
    >
      <SelectField label={t('editor.liveValue.metric')} name="metric" value={metric} options={liveValueMetrics} optionLabel={(m) => t(`items.liveValue.${m}`)} onChange={setMetric} />
    </RegisterScopeDialog>
  );
}
