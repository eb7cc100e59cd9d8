import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { answerShellRequests } from './api';
import { initI18n } from './i18n';
import { App } from './app/app';
import './styles/base.css';
import './styles/layout.css';
import './styles/table.css';
import './styles/form.css';
import './styles/review.css';

initI18n();
answerShellRequests();
const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
