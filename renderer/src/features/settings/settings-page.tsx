// Settings: the organisation's names and document layout, the people list, the bodies (members,
// deputies, the yearly § start), the appeal texts, the backups and the exchange file.
import { useTranslation } from 'react-i18next';
import { BackupsSection } from '../backups/backups-section';
import { ExchangeSection } from '../exchange/exchange-section';
import { AppealTextsSection } from './appeal-texts-section';
import { BodiesSection } from './bodies-section';
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
      <BodiesSection />
      <AppealTextsSection />
      <BackupsSection />
      <ExchangeSection />
    </div>
  );
}
