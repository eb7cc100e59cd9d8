// Shared steps of the comments and versions e2e tests (issue 9, the editor's side).
import type { Locator, Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { AgendaItem, Person } from '../../shared/domain/item';
import { draftOf } from '../../shared/domain/item-schema';
import type { ItemDraft } from '../../shared/domain/item-schema';
import type { RichDoc } from '../../shared/domain/rich-text';
import type { SessionState } from '../../shared/ipc/channels/review';
import { api, expect } from './fixtures';
import { waitSaved } from './items-helpers';

/** The presenter the demo's items name, as the current user (made a user when the database has none). */
export async function actAsDirector(host: RunningHost): Promise<Person> {
  const people = await api<Person[]>(host, 'people:list', {});
  let director = people.find((person) => person.name === 'Mikko Saari');
  if (!director) director = await api<Person>(host, 'people:save', { id: null, name: 'Mikko Saari', title: 'sivistysjohtaja', role: 'esittelija' });
  else if (director.role !== 'esittelija') {
    director = await api<Person>(host, 'people:save', { id: director.id, name: director.name, title: director.title, phone: director.phone, email: director.email, role: 'esittelija', deputyPresenter: false, expectedUpdatedAt: director.updatedAt });
  }
  const session = await api<SessionState>(host, 'session:setUser', { personId: director.id });
  expect(session.user?.name).toBe('Mikko Saari');
  return director;
}

/** The demo's preparer (valmistelija) as the current user: the secretary who writes the item. */
export async function actAsSecretary(host: RunningHost): Promise<Person> {
  const session = await api<SessionState>(host, 'session:get', {});
  const secretary = session.users.find((user) => user.role === 'valmistelija');
  if (!secretary) throw new Error('the demo has no valmistelija');
  await api<SessionState>(host, 'session:setUser', { personId: secretary.id });
  return secretary;
}

export function listDoc(opening: string, points: string[]): RichDoc {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: opening }] },
      { type: 'orderedList', content: points.map((point) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: point }] }] })) },
    ],
  };
}

/** A stored item with the given parts (each update writes a version). */
export async function storedItem(host: RunningHost, patch: Partial<ItemDraft>): Promise<AgendaItem> {
  const created = await api<AgendaItem>(host, 'items:create', { template: 'empty' });
  return updateItem(host, created, patch);
}

export async function updateItem(host: RunningHost, item: AgendaItem, patch: Partial<ItemDraft>): Promise<AgendaItem> {
  return api<AgendaItem>(host, 'items:update', { id: item.id, draft: { ...draftOf(item), ...patch }, expectedUpdatedAt: item.updatedAt });
}

export const itemUrl = (host: RunningHost, id: string) => `${host.pageUrl}&item=${encodeURIComponent(id)}#/items`;

export async function openItem(page: Page, host: RunningHost, id: string): Promise<void> {
  await page.goto(itemUrl(host, id));
  await expect(page.getByLabel('Otsikko', { exact: true })).toBeVisible();
  await waitSaved(page);
}

/** Selects `text` (its `nth` occurrence) inside a rich editor, as a mouse drag would: ProseMirror reads the DOM selection. */
export async function selectInEditor(editor: Locator, text: string, options: { collapse?: 'start' | 'end'; nth?: number } = {}): Promise<void> {
  await editor.evaluate((root, { text: wanted, collapse, nth }) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = node.textContent ?? '';
      let at = content.indexOf(wanted);
      while (at >= 0) {
        if (seen === nth) {
          (root as HTMLElement).focus();
          const range = document.createRange();
          range.setStart(node, collapse === 'end' ? at + wanted.length : at);
          range.setEnd(node, collapse === 'start' ? at : at + wanted.length);
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return;
        }
        seen += 1;
        at = content.indexOf(wanted, at + 1);
      }
    }
    throw new Error(`"${wanted}" not in the editor`);
  }, { text, collapse: options.collapse ?? null, nth: options.nth ?? 0 });
  // ProseMirror takes the DOM selection on selectionchange.
  await editor.page().waitForTimeout(50);
}

/** The text under each anchor of the comment in the editor. */
export function anchorOf(editor: Locator, id: string): Locator {
  return editor.locator(`[data-comment-id="${id}"]`);
}

export function sidePanel(page: Page): Locator {
  return page.getByRole('tabpanel');
}

export async function showTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}
