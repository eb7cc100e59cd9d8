// The one i18n layer of the renderer: i18next over the same Finnish messages the Node side uses
// (shared/i18n/fi), so a message key means the same text everywhere.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fi } from '../../shared/i18n/fi';

export function initI18n(): void {
  if (i18next.isInitialized) return;
  void i18next.use(initReactI18next).init({
    lng: 'fi',
    fallbackLng: 'fi',
    resources: { fi: { translation: fi } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = 'fi';
}
