import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { routes } from './routes';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { useHashRoute } from './use-hash-route';
import { useAppStatus } from './app-status';
import { useSession } from './session';
import { UserSwitch } from '../features/users/user-switch';
import { useQueueCount } from '../features/review/use-queue-count';

export function AppShell() {
  const { t } = useTranslation();
  const path = useHashRoute();
  const { status } = useAppStatus();
  const current = routes.find((route) => route.path === path) ?? routes[0];
  const { session } = useSession();
  const userId = session.user?.id ?? null;
  const queueCount = useQueueCount(userId, path);
  // The queue's label carries its count, so the count is read with the link's name.
  const label = (route: (typeof routes)[number]) => (route.path === 'review' && queueCount !== null && queueCount > 0 ? t('review.queue.navCount', { count: queueCount }) : t(route.labelKey));
  return (
    <div className="app">
      <header>
        <div className="app__header">
          <span className="app__brand">{t('common.appName')}</span>
          <nav aria-label={t('ui.nav.label')}>
            <ul className="app__nav">
              {routes.filter((route) => route.partOf === undefined).map((route) => (
                <li key={route.path}>
                  <a
                    href={`#/${route.path}`}
                    className="app__nav-link"
                    aria-current={route === current || route.path === current?.partOf ? 'page' : undefined}
                  >
                    {label(route)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <UserSwitch />
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
          // Keyed by route, so that choosing another screen in the navigation starts without the error,
          // and by user, so that a switch reloads the screen as the new user sees it.
          <ScreenErrorBoundary key={`${current.path}:${userId ?? ''}`} path={current.path} labelKey={current.labelKey}>
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
