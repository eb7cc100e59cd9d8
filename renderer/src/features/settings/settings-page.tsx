// Settings: the organisation's names and document layout, the people list, the body's appeal texts.
import { useTranslation } from 'react-i18next';
import { AppealTextsSection } from './appeal-texts-section';
import { OrganisationForm } from './organisation-form';
import { PeopleSection } from './people-section';
import '../items/items.css';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="items-list settings-page">
      <h1>{t('editor.settings.heading')}</h1>
      <OrganisationForm />
      <PeopleSection />
      <AppealTextsSection />
    </div>
  );
}
