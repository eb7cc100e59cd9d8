// Review comments in the item editor at 1366×768 (issue 9): a comment on words of the proposal
// stays on its words while the text around it is typed and deleted (and after a reload); when its
// words are deleted it stays in the pane "Irrallaan" with its quote. Replies, resolve, a comment
// on the title, the pane's click to the words, and axe on the pane and the comment form.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AgendaItem } from '../../shared/domain/item';
import type { ItemComment } from '../../shared/domain/review';
import { paragraphsDoc, richToPlainText } from '../../shared/domain/rich-text';
import { api, expect, test } from './fixtures';
import { richEditor, waitSaved } from './items-helpers';
import { actAsDirector, anchorOf, listDoc, openItem, selectInEditor, sidePanel, storedItem } from './review-editor-helpers';

test.use({ viewport: { width: 1366, height: 768 } });

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.passes.length, 'axe ran rules').toBeGreaterThan(0);
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

const comments = (host: Parameters<typeof api>[0], itemId: string) => api<ItemComment[]>(host, 'comments:list', { itemId });

test('a comment on proposal words stays on them through edits and a reload, and is detached with its quote when they go', async ({ page, startApp }) => {
  const host = await startApp();
  await actAsDirector(host);
  const item = await storedItem(host, { title: 'Hankesuunnitelma 2025', presenterName: 'Mikko Saari', proposal: listDoc('Lautakunta päättää', ['hyväksyä hankesuunnitelman vuodelle 2025', 'merkitä tiedoksi rahoituksen']) });
  await openItem(page, host, item.id);
  const proposal = richEditor(page, 'proposal');

  await selectInEditor(proposal, 'hankesuunnitelman');
  await page.keyboard.press('Control+Alt+M');
  const form = page.getByRole('dialog', { name: 'Uusi kommentti' });
  await expect(form.getByTestId('comment-form-quote')).toHaveText('hankesuunnitelman');
  await expectNoViolations(page, 'the comment form');
  await page.screenshot({ path: test.info().outputPath('comment-form.png') });
  // An empty comment is refused in Finnish and changes nothing.
  await form.getByRole('button', { name: 'Tallenna kommentti' }).click();
  await expect(form.getByText('Kirjoita kommentti.')).toBeVisible();
  await form.getByLabel('Kommentti').fill('Onko suunnitelma jo hallituksen käsittelyssä?');
  await form.getByRole('button', { name: 'Tallenna kommentti' }).click();
  await expect(form).toBeHidden();

  // The pane opens on the new comment, with its quote and author.
  await expect(page.getByRole('tab', { name: /Kommentit/u })).toHaveAttribute('aria-selected', 'true');
  const card = sidePanel(page).getByTestId('comment-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('comment-quote')).toHaveText('hankesuunnitelman');
  await expect(card.getByText(/^Mikko Saari, \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}$/u).first()).toBeVisible();
  const [stored] = await comments(host, item.id);
  if (!stored) throw new Error('no comment stored');
  expect(stored).toMatchObject({ field: 'proposal', quote: 'hankesuunnitelman', parentId: null, detached: false });
  const anchor = anchorOf(proposal, stored.id);
  await expect(anchor).toHaveText('hankesuunnitelman');
  await waitSaved(page);

  // Typing right before and right after the words does not grow the anchor.
  await selectInEditor(proposal, 'hankesuunnitelman', { collapse: 'start' });
  await page.keyboard.type('uuden ');
  await selectInEditor(proposal, 'hankesuunnitelman', { collapse: 'end' });
  await page.keyboard.type(' ja talousarvion');
  await expect(anchor).toHaveText('hankesuunnitelman');
  // Deleting around it: the words before and after go, the anchor keeps its words.
  await selectInEditor(proposal, 'hyväksyä uuden ');
  await page.keyboard.press('Delete');
  await selectInEditor(proposal, ' ja talousarvion vuodelle 2025');
  await page.keyboard.press('Backspace');
  await expect(proposal.locator('li').first()).toHaveText('hankesuunnitelman');
  await expect(anchor).toHaveText('hankesuunnitelman');
  await expect.poll(async () => richToPlainText((await api<AgendaItem>(host, 'items:get', { id: item.id })).proposal)).toContain('Lautakunta päättää\nhankesuunnitelman\n');
  await waitSaved(page);
  await expect(card.getByTestId('comment-detached')).toHaveCount(0);

  // Stored with the item: a reload shows the same anchor, and the service says it is attached.
  await openItem(page, host, item.id);
  await expect(anchorOf(proposal, stored.id)).toHaveText('hankesuunnitelman');
  expect((await comments(host, item.id))[0]?.detached).toBe(false);

  // Clicking the quote in the pane selects the words in the editor.
  await page.getByRole('tab', { name: /Kommentit/u }).click();
  await sidePanel(page).getByRole('button', { name: 'Näytä kohta tekstissä: hankesuunnitelman' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('hankesuunnitelman');
  await expect(proposal).toBeFocused();

  // Deleting the words themselves: the comment stays, "Irrallaan", with its quote.
  await page.keyboard.press('Backspace');
  const detached = sidePanel(page).getByTestId('comment-card');
  await expect(detached.getByTestId('comment-detached')).toHaveText('Irrallaan');
  await expect(detached.getByTestId('comment-quote')).toHaveText('hankesuunnitelman');
  await expect.poll(async () => (await comments(host, item.id))[0]?.detached).toBe(true);
  expect((await comments(host, item.id))[0]?.quote).toBe('hankesuunnitelman');
  await waitSaved(page);
  const saved = await api<AgendaItem>(host, 'items:get', { id: item.id });
  expect(richToPlainText(saved.proposal)).not.toContain('hankesuunnitelman');
  await openItem(page, host, item.id);
  await page.getByRole('tab', { name: /Kommentit/u }).click();
  await expect(sidePanel(page).getByTestId('comment-detached')).toHaveText('Irrallaan');
  await expectNoViolations(page, 'the comments pane with a detached comment');
});

test('reply, resolve and reopen; a comment on the title; delete your own with its anchor', async ({ page, startApp }) => {
  const host = await startApp();
  await actAsDirector(host);
  const item = await storedItem(host, { title: 'Esiopetuksen kuljetukset', presenterName: 'Mikko Saari', background: paragraphsDoc(['Kuljetukset kilpailutetaan syksyllä.']) });
  await openItem(page, host, item.id);

  // The title: the selected words become the quote.
  const title = page.getByLabel('Otsikko', { exact: true });
  await title.focus();
  await title.evaluate((input: HTMLInputElement) => { input.setSelectionRange(input.value.indexOf('kuljetukset'), input.value.length); });
  await page.getByRole('button', { name: 'Kommentoi otsikkoa' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi kommentti' });
  await expect(form.getByTestId('comment-form-quote')).toHaveText('kuljetukset');
  await form.getByLabel('Kommentti').fill('Otsikkoon koko vuosi?');
  await form.getByRole('button', { name: 'Tallenna kommentti' }).click();
  const titleCard = sidePanel(page).getByTestId('comment-card').filter({ hasText: 'Otsikkoon koko vuosi?' });
  await expect(titleCard.getByText('Otsikko', { exact: true })).toBeVisible();
  await expect(titleCard.getByTestId('comment-quote')).toHaveText('kuljetukset');

  // Kommentoi in the toolbar of Selostus, and its click to the words.
  await selectInEditor(page.getByRole('textbox', { name: 'Selostus' }), 'syksyllä');
  await page.getByRole('toolbar', { name: /Selostus/u }).getByRole('button', { name: 'Kommentoi' }).click();
  await form.getByLabel('Kommentti').fill('Mihin mennessä?');
  await form.getByRole('button', { name: 'Tallenna kommentti' }).click();
  await expect(sidePanel(page).getByTestId('comment-card')).toHaveCount(2);

  // The words under the pointer light up their comment; a comment in focus lights up its words.
  const background = page.getByRole('textbox', { name: 'Selostus' });
  const syksylla = sidePanel(page).getByTestId('comment-card').filter({ hasText: 'Mihin mennessä?' });
  await background.locator('.comment-anchor').hover();
  await expect(syksylla).toHaveClass(/comment-card--active/u);
  await expect(titleCard).not.toHaveClass(/comment-card--active/u);
  await syksylla.getByRole('button', { name: 'Vastaa' }).focus();
  await expect(background.locator('.comment-anchor--active')).toHaveText('syksyllä');
  await page.mouse.move(0, 0);

  // Reply and resolve the title comment.
  await titleCard.getByRole('button', { name: 'Vastaa' }).click();
  await titleCard.getByLabel('Vastaus').fill('Kyllä, lisätään lukuvuosi.');
  await titleCard.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(titleCard.getByTestId('comment-reply')).toContainText('Kyllä, lisätään lukuvuosi.');
  await expectNoViolations(page, 'the comments pane with a reply');
  await page.screenshot({ path: test.info().outputPath('comments-pane.png') });
  await titleCard.getByRole('button', { name: 'Merkitse ratkaistuksi' }).click();
  await expect(titleCard).toBeHidden();
  await sidePanel(page).getByRole('button', { name: 'Ratkaistut (1)' }).click();
  const resolved = sidePanel(page).getByTestId('comment-card');
  await expect(resolved).toHaveCount(1);
  await expect(resolved.getByText(/^Ratkaissut Mikko Saari/u)).toBeVisible();
  let stored = await comments(host, item.id);
  const top = stored.find((comment) => comment.field === 'title');
  expect(top?.resolvedAt).not.toBeNull();
  expect(stored.find((comment) => comment.parentId === top?.id)?.body).toBe('Kyllä, lisätään lukuvuosi.');
  await resolved.getByRole('button', { name: 'Avaa uudelleen' }).click();
  await sidePanel(page).getByRole('button', { name: /^Avoimet/u }).click();
  await expect(sidePanel(page).getByTestId('comment-card')).toHaveCount(2);

  // Delete your own comment (no replies): the comment and its anchor go.
  const backgroundCard = sidePanel(page).getByTestId('comment-card').filter({ hasText: 'Mihin mennessä?' });
  const backgroundId = stored.find((comment) => comment.field === 'background')?.id ?? '';
  await expect(anchorOf(page.getByRole('textbox', { name: 'Selostus' }), backgroundId)).toHaveText('syksyllä');
  await backgroundCard.getByRole('button', { name: 'Poista', exact: true }).click();
  await backgroundCard.getByRole('button', { name: 'Poista kommentti' }).click();
  await expect(backgroundCard).toBeHidden();
  await expect(anchorOf(page.getByRole('textbox', { name: 'Selostus' }), backgroundId)).toHaveCount(0);
  // The autosave takes the text without the anchor to the database.
  await expect.poll(async () => JSON.stringify((await api<AgendaItem>(host, 'items:get', { id: item.id })).background)).not.toContain(backgroundId);
  await waitSaved(page);
  stored = await comments(host, item.id);
  expect(stored.map((comment) => comment.field).sort()).toEqual(['title', 'title']);
});

test('an approved proposal takes no new comments: Kommentoi says why; the decision still takes them', async ({ page, startApp }) => {
  const host = await startApp();
  const director = await actAsDirector(host);
  const preparer = (await api<{ id: string }[]>(host, 'people:list', {})).find((person) => person.id !== director.id);
  const item = await storedItem(host, { title: 'Kerhotoiminta', presenterName: 'Mikko Saari', preparerIds: preparer ? [preparer.id] : [], proposal: listDoc('Lautakunta päättää', ['jatkaa kerhotoimintaa']) });
  await api<AgendaItem>(host, 'review:approve', { id: item.id, expectedUpdatedAt: item.updatedAt });
  await openItem(page, host, item.id);
  const proposal = richEditor(page, 'proposal');
  // Disabled with its reason as the button's description (and tooltip).
  const reason = 'Kommentteja voi lisätä vain, kun päätösehdotus on avoinna (luonnos, tarkastettavana tai palautettu).';
  const comment = page.getByRole('toolbar', { name: 'Tekstin muotoilu: Selostus' }).getByRole('button', { name: 'Kommentoi' });
  await expect(comment).toBeDisabled();
  await expect(comment).toHaveAccessibleDescription(reason);
  await expect(comment).toHaveAttribute('title', reason);
  await expect(page.getByRole('button', { name: 'Kommentoi otsikkoa' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Kommentoi otsikkoa' })).toHaveAccessibleDescription(reason);
  // Nor by the keyboard.
  await selectInEditor(proposal, 'kerhotoimintaa');
  await page.keyboard.press('Control+Alt+M');
  await expect(page.getByRole('dialog', { name: 'Uusi kommentti' })).toHaveCount(0);
  expect(await comments(host, item.id)).toEqual([]);

  // The decision is written later and commented until the minutes are checked.
  await page.getByRole('button', { name: 'Kirjoita päätös tyhjästä' }).click();
  const decision = richEditor(page, 'decision');
  await decision.click();
  await page.keyboard.type('Lautakunta päätti jatkaa kerhotoimintaa.');
  await selectInEditor(decision, 'jatkaa');
  await page.keyboard.press('Control+Alt+M');
  const form = page.getByRole('dialog', { name: 'Uusi kommentti' });
  await form.getByLabel('Kommentti').fill('Lisätäänkö määräaika?');
  await form.getByRole('button', { name: 'Tallenna kommentti' }).click();
  const card = sidePanel(page).getByTestId('comment-card');
  await expect(card.getByText('Päätös', { exact: true })).toBeVisible();
  await expect(card.getByTestId('comment-quote')).toHaveText('jatkaa');
  expect((await comments(host, item.id)).map((stored) => [stored.field, stored.quote])).toEqual([['decision', 'jatkaa']]);
});
