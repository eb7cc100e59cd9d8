import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { routes } from './routes';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { useHashRoute } from './use-hash-route';
import { useAppStatus } from './app-status';

export function AppShell() {
  const { t } = useTranslation();
  const path = useHashRoute();
  const { status } = useAppStatus();
  const current = routes.find((route) => route.path === path) ?? routes[0];
  return (
    <div className="app">
      <header>
        <div className="app__header">
          <span className="app__brand">{t('common.appName')}</span>
          <nav aria-label={t('ui.nav.label')}>
            <ul className="app__nav">
              {routes.map((route) => (
                <li key={route.path}>
                  <a
                    href={`#/${route.path}`}
                    className="app__nav-link"
                    aria-current={route === current ? 'page' : undefined}
                  >
                    {t(route.labelKey)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {/* Inside the header landmark, so that every piece of content belongs to a landmark. */}
        {status.hasSampleData ? (
          <p className="banner banner--sample" role="note">
            {t('common.sampleData')}
          </p>
        ) : null}
      </header>
      <main className="app__main">
        {current ? (
          // Keyed by route, so that choosing another screen in the navigation starts without the error.
          <ScreenErrorBoundary key={current.path} path={current.path} labelKey={current.labelKey}>
            <Suspense fallback={<p aria-busy="true">{t('ui.loading')}</p>}>
              <current.Component />
            </Suspense>
          </ScreenErrorBoundary>
        ) : (
          <p>{t('ui.notFound')}</p>
        )}
      </main>
    </div>
  );
}
