// The director's review round of issue 9, through the UI at 1366×768 as the two people do it on one
// laptop: the secretary sends her proposal with a message (she cannot approve it herself), the
// director finds it in "Tarkastettavanani", returns it with a reason (required: the Finnish error at
// the field), the secretary reads the reason, fixes and resends, the director sees what changed since
// he last looked and approves; the item says who approved it and when.
import { api, expect, test } from './fixtures';
import { addPreparer, backgroundEditor, createReviewFromTemplate, openItemsList, sendToPresenter, waitSaved } from './items-helpers';
import { expectNoViolations, shoot, switchUser } from './review-helpers';
import { selectInEditor, showTab, sidePanel } from './review-editor-helpers';

interface ItemSummary {
  id: string;
  title: string;
  status: string;
}

test.use({ viewport: { width: 1366, height: 768 } });

const twoDigits = (value: number) => String(value).padStart(2, '0');

test('the secretary sends, the director returns with a reason, she fixes and resends, he approves', async ({ page, startApp }) => {
  const host = await startApp({ user: 'secretary' });
  const secretary = (await api<{ user: { name: string } | null }>(host, 'session:get', {})).user?.name ?? '';
  await openItemsList(page);
  await createReviewFromTemplate(page);
  await addPreparer(page);
  await waitSaved(page);
  const title = await page.getByLabel('Otsikko', { exact: true }).inputValue();
  const item = (await api<ItemSummary[]>(host, 'items:list', {})).find((candidate) => candidate.title === title);
  expect(item).toBeDefined();
  const itemId = item?.id ?? '';

  // The secretary cannot approve her own draft: no button, a note saying who can, and the service refuses too.
  await expect(page.getByRole('button', { name: 'Hyväksy esitykseksi' })).toHaveCount(0);
  await expect(page.getByTestId('review-only-presenter')).toHaveText('Vain asian esittelijä (Mikko Saari) tai varaesittelijä voi hyväksyä tai palauttaa asian.');
  const stored = await api<{ updatedAt: string }>(host, 'items:get', { id: itemId });
  await expect(api(host, 'review:approve', { id: itemId, expectedUpdatedAt: stored.updatedAt })).rejects.toThrow('FORBIDDEN');

  await page.getByRole('button', { name: 'Lähetä esittelijälle' }).click();
  const sendDialog = page.getByRole('dialog', { name: 'Lähetä esittelijälle' });
  await expect(sendDialog).toContainText('Asia siirtyy esittelijän (Mikko Saari) tarkastettavaksi.');
  await expectNoViolations(page, 'the send dialog');
  await sendDialog.getByRole('button', { name: 'Peruuta' }).click();
  await sendToPresenter(page, 'Tarkistathan hankkeiden luvut.');
  await expect(page.getByText('Tila: Esittelijän tarkastettavana')).toBeVisible();
  const sent = page.getByTestId('sent-message');
  await expect(sent).toContainText(`Lähettänyt esittelijälle: ${secretary}`);
  await expect(sent).toContainText('Viesti: Tarkistathan hankkeiden luvut.');
  // Still not hers to approve or return.
  await expect(page.getByRole('button', { name: 'Palauta korjattavaksi' })).toHaveCount(0);

  // The director, on the same laptop (she left the item first: a switch on an open item shows it to
  // him, and that counts as his look): the queue names the item, who sent it and the message.
  await page.getByRole('link', { name: 'Takaisin asialistaan' }).click();
  await switchUser(page, 'Mikko Saari');
  const queueLink = page.getByRole('navigation').getByRole('link', { name: /^Tarkastettavanani \(\d+\)$/u });
  await queueLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tarkastettavanani' })).toBeVisible();
  const entry = page.getByTestId('queue-entry').filter({ has: page.getByRole('link', { name: title }) });
  await expect(entry).toContainText(`Lähettänyt ${secretary}`);
  await expect(entry).toContainText('Viesti: Tarkistathan hankkeiden luvut.');
  await expect(entry.getByTestId('queue-changes')).toHaveText('Et ole vielä avannut tätä asiaa.');
  await expectNoViolations(page, 'the review queue');
  await shoot(page, 'review-queue-first');
  await entry.getByRole('link', { name: title }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toHaveValue(title);

  // He comments on the background's words (the comments pane beside the editor).
  await selectInEditor(backgroundEditor(page), 'strateginen valinta');
  await page.getByRole('toolbar', { name: /Selostus/u }).getByRole('button', { name: 'Kommentoi' }).click();
  const commentForm = page.getByRole('dialog', { name: 'Uusi kommentti' });
  await commentForm.getByLabel('Kommentti', { exact: true }).fill('Mihin strategiaan tämä viittaa?');
  await commentForm.getByRole('button', { name: 'Tallenna kommentti' }).click();
  await expect(commentForm).toBeHidden();
  await expect.poll(async () => (await api<{ body: string; quote: string; author: { name: string } }[]>(host, 'comments:list', { itemId })).map((comment) => `${comment.author.name}: ${comment.quote}: ${comment.body}`)).toEqual(['Mikko Saari: strateginen valinta: Mihin strategiaan tämä viittaa?']);

  // Returning needs its reason: the service's Finnish error shows at the field, nothing changes.
  await page.getByRole('button', { name: 'Palauta korjattavaksi' }).click();
  const returnDialog = page.getByRole('dialog', { name: 'Palauta korjattavaksi' });
  await returnDialog.getByRole('button', { name: 'Palauta korjattavaksi' }).click();
  const reason = returnDialog.getByLabel('Palautuksen syy');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(returnDialog.getByText('Kirjoita palautuksen syy.')).toBeVisible();
  await expectNoViolations(page, 'the return dialog with its error');
  await shoot(page, 'review-return-required');
  expect((await api<ItemSummary[]>(host, 'items:list', {})).find((candidate) => candidate.id === itemId)?.status).toBe('tarkastettavana');
  await reason.fill('Selostuksesta puuttuu hankkeiden kokonaismäärä.');
  await returnDialog.getByRole('button', { name: 'Palauta korjattavaksi' }).click();
  await expect(returnDialog).toBeHidden();
  await expect(page.getByText('Tila: Palautettu korjattavaksi')).toBeVisible();
  const returned = page.getByTestId('return-reason');
  await expect(returned).toContainText('Palauttanut korjattavaksi: Mikko Saari');
  await expect(returned).toContainText('Palautuksen syy: Selostuksesta puuttuu hankkeiden kokonaismäärä.');

  // The secretary reads the reason, fixes the background and sends again: the reason goes away.
  await switchUser(page, secretary);
  await expect(returned).toContainText('Palautuksen syy: Selostuksesta puuttuu hankkeiden kokonaismäärä.');
  await shoot(page, 'review-returned-secretary');
  // At the end of the first paragraph (End alone would stop at the end of its first line).
  await selectInEditor(backgroundEditor(page), 'kehittämistyöhön.', { collapse: 'end' });
  await page.keyboard.type(' Hankkeita on yhteensä 27.');
  await waitSaved(page);
  await sendToPresenter(page);
  await expect(page.getByText('Tila: Esittelijän tarkastettavana')).toBeVisible();
  await expect(returned).toHaveCount(0);

  // The director: what changed since he last looked, then the approval, with who and when.
  await page.getByRole('link', { name: 'Takaisin asialistaan' }).click();
  await switchUser(page, 'Mikko Saari');
  await page.getByRole('navigation').getByRole('link', { name: /^Tarkastettavanani/u }).click();
  await expect(entry.getByTestId('queue-changes')).toHaveText(/^Muutokset edellisen katseluni jälkeen: Selostus: /u);
  await shoot(page, 'review-queue-changes');
  await entry.getByRole('link', { name: title }).click();
  // "Since I last looked" in one click: the sentence she added, word by word.
  await showTab(page, 'Versiot');
  await sidePanel(page).getByRole('button', { name: 'Muutokset edellisen katseluni jälkeen' }).click();
  const comparison = sidePanel(page).getByTestId('compare-view');
  await expect(comparison.locator('ins')).toHaveText([/^\[lisätty: +Hankkeita on yhteensä 27\.\]$/u]);
  await shoot(page, 'review-since-seen');
  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByText('Tila: Hyväksytty esitykseksi')).toBeVisible();
  const now = new Date();
  const approved = page.getByTestId('approved-by');
  await expect(approved).toHaveText(new RegExp(`^Hyväksynyt: Mikko Saari ${String(now.getDate())}\\.${String(now.getMonth() + 1)}\\.${String(now.getFullYear())} klo \\d{1,2}\\.\\d{2}$`, 'u'));
  await expect(page.getByTestId('sent-message')).toHaveCount(0);
  await expectNoViolations(page, 'the approved item');
  await shoot(page, 'review-approved');
  // The queue is empty of it, and the line stays after a reload.
  await page.reload();
  await expect(approved).toContainText('Hyväksynyt: Mikko Saari');
  const state = await api<{ approved: { actor: { name: string }; at: string } | null }>(host, 'review:state', { id: itemId });
  const at = new Date(state.approved?.at ?? '');
  await expect(approved).toHaveText(`Hyväksynyt: Mikko Saari ${String(at.getDate())}.${String(at.getMonth() + 1)}.${String(at.getFullYear())} klo ${String(at.getHours())}.${twoDigits(at.getMinutes())}`);
  expect((await api<{ item: { id: string } }[]>(host, 'review:queue', {})).some((queued) => queued.item.id === itemId)).toBe(false);
});
