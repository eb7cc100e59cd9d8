// The app's screens. Adding one (e.g. the agenda items, ui.nav.items) is one line here.
// Screens other than the first are loaded on demand, so the editor's large libraries do not
// slow down opening the register.
import { lazy } from 'react';
import type { ComponentType } from 'react';
import { RegisterPage } from '../features/projects/register-page';

export interface AppRoute {
  /** The part after "#/" in the address. */
  path: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  Component: ComponentType;
  /**
   * A screen reached from another one (the import from the register): it has no link of its own in
   * the navigation, and that screen's link shows as the current one.
   */
  partOf?: string;
}

/** A screen in its own chunk: `onDemand(() => import('…'), 'NamedExport')`. */
function onDemand<M extends Record<string, unknown>>(load: () => Promise<M>, exportName: keyof M & string): ComponentType {
  return lazy(async () => ({ default: (await load())[exportName] as ComponentType }));
}

export const routes: readonly AppRoute[] = [
  { path: 'projects', labelKey: 'ui.nav.projects', Component: RegisterPage },
  { path: 'import', labelKey: 'dataImportUi.title', partOf: 'projects', Component: onDemand(() => import('../features/import/import-page'), 'ImportPage') },
  { path: 'items', labelKey: 'ui.nav.items', Component: onDemand(() => import('../features/items/items-page'), 'ItemsPage') },
  { path: 'meetings', labelKey: 'meetings.heading', Component: onDemand(() => import('../features/meetings/meetings-page'), 'MeetingsPage') },
  { path: 'review', labelKey: 'review.queue.nav', Component: onDemand(() => import('../features/review/review-queue-page'), 'ReviewQueuePage') },
  { path: 'settings', labelKey: 'editor.settings.heading', Component: onDemand(() => import('../features/settings/settings-page'), 'SettingsPage') },
];
