// Demo content of issue 9, made through the same services as the screens, in one transaction: an
// item in the director's review. The secretary (the seed's preparer, a valmistelija user) wrote it
// in three versions with real changes (a proposal point reworded, a background paragraph added)
// and sent it with a message; the director (Mikko Saari, esittelijä) has left two open comments on
// its words. No user is chosen for the app: the demo asks who is working.
import { docOf, openingWithPoints, paragraphNode } from '../../../shared/domain/rich-text-build';
import { draftOf } from '../../../shared/domain/item-schema';
import { addCommentMark, findQuote } from '../../../shared/domain/comment-marks';
import { seedPreparerId, seedPresenterName } from '../../../shared/demo/seed-item';
import * as itemsRepo from '../../../db/repositories/items-repository';
import { ItemService } from '../items/item-service';
import { CommentsService } from '../review/comments-service';
import { ReviewService } from '../review/review-service';
import type { ServiceDeps } from '../service-deps';
import { inTransaction } from '../transaction';
import { demoDirector } from './seed-item-seeder';

export const demoReviewItemId = 'demo-review-palveluseteli-2024';

const title = 'Varhaiskasvatuksen palvelusetelin arvon tarkistaminen 1.8.2024 alkaen';
const opening = 'Lautakunta päättää';
const background = [
  'Varhaiskasvatuksen palvelusetelin arvoa on viimeksi tarkistettu 1.8.2022. Yksityisten päiväkotien kustannukset ovat sen jälkeen nousseet palkkojen ja vuokrien mukana.',
  'Palvelusetelin arvo esitetään nostettavaksi kokopäivähoidossa 1 150 eurosta 1 210 euroon kuukaudessa. Muutos lisää kustannuksia arviolta 96 000 € vuodessa.',
];
const addedParagraph = 'Naapurikunnissa palvelusetelin arvo on 1 180–1 240 euroa kuukaudessa, joten esitetty arvo on samalla tasolla.';
const firstPoints = ['vahvistaa varhaiskasvatuksen palvelusetelin arvoksi 1 210 euroa kuukaudessa 1.8.2024 alkaen', 'että muut palvelusetelin sääntökirjan ehdot pysyvät ennallaan'];
const rewordedPoints = [firstPoints[0] ?? '', 'pitää palvelusetelin sääntökirjan muut ehdot ennallaan ja valtuuttaa varhaiskasvatusjohtajan tekemään sääntökirjaan tästä johtuvat tekniset muutokset'];

/** The times of the secretary's work (sample data): three saves a day apart, then the send. */
const times = ['2024-02-05T08:10:00.000Z', '2024-02-06T11:25:00.000Z', '2024-02-07T09:40:00.000Z', '2024-02-07T09:45:00.000Z'];

/** The deps of one person at one moment of the demo: their actions carry their name and that time. */
function as(base: ServiceDeps, personId: string, at: () => Date): ServiceDeps {
  return { ...base, session: { userId: personId, restored: true }, now: at };
}

export async function seedReviewDemo(base: ServiceDeps): Promise<void> {
  await inTransaction(base.db, async (trx) => {
    if ((await itemsRepo.getItem(trx, demoReviewItemId)) !== undefined || (await itemsRepo.getItem(trx, 'seed-kehittamishankkeet-2024')) === undefined) return;
    let step = 0;
    const clock = () => new Date(times[Math.min(step, times.length - 1)] ?? times[0] ?? '');
    const secretary = as({ ...base, db: trx }, seedPreparerId, clock);
    const items = new ItemService(secretary);

    const draft = await items.newDraft('empty');
    const created = await items.createFromDraft(
      {
        ...draft,
        title,
        caseNumber: 'KOK/34/12.00.00/2024',
        preparerIds: [seedPreparerId],
        background: docOf(...background.map((text) => paragraphNode(text))),
        presenterName: seedPresenterName,
        proposal: openingWithPoints(opening, firstPoints),
      },
      { isSample: true, id: demoReviewItemId },
    );
    step = 1;
    const reworded = await items.update(created.id, { ...draftOf(created), proposal: openingWithPoints(opening, rewordedPoints) }, created.updatedAt);
    step = 2;
    const extended = await items.update(
      created.id,
      { ...draftOf(reworded), background: docOf(...[background[0] ?? '', addedParagraph, background[1] ?? ''].map((text) => paragraphNode(text))) },
      reworded.updatedAt,
    );
    step = 3;
    let item = await new ReviewService(secretary).send(created.id, 'Palvelusetelin uusi arvo on laskettu kustannusten nousun mukaan. Tarkastathan perustelut.', extended.updatedAt);

    // The director reads it the next morning and comments on two places: the editor's way, the
    // anchor saved with the text (no new version), then the comment under the same id.
    let minute = 0;
    const director = as({ ...base, db: trx }, demoDirector.id, () => new Date(Date.parse('2024-02-08T07:30:00.000Z') + 60_000 * minute));
    for (const comment of directorComments) {
      minute += 3;
      const doc = item[comment.field];
      const range = findQuote(doc, comment.quote);
      const marked = range === null ? null : addCommentMark(doc, range.path, range.from, range.to, comment.id);
      if (marked === null) throw new Error(`demo comment quote not found: ${comment.quote}`);
      item = await new ItemService(director).update(item.id, { ...draftOf(item), [comment.field]: marked }, item.updatedAt);
      await new CommentsService(director).add({ id: comment.id, itemId: item.id, parentId: null, field: comment.field, quote: comment.quote, body: comment.body });
    }
  });
}

/** The director's two open comments, on real words of the background and the proposal. */
export const directorComments = [
  { id: '5d8f2a61-3c4e-4b7a-9f10-2e6b8c9d0a11', field: 'background', quote: 'arviolta 96 000 € vuodessa', body: 'Onko tämä jo talousarviossa, vai tarvitaanko lisämääräraha? Lisää maininta.' },
  { id: '8a1e4c72-6b3d-4e5f-a2c9-7d0f1b3e5a22', field: 'proposal', quote: 'tekemään sääntökirjaan tästä johtuvat tekniset muutokset', body: 'Rajataan valtuutus teknisiin muutoksiin; hyvä näin, mutta mainitse myös tiedottaminen palveluntuottajille.' },
] as const satisfies readonly { id: string; field: 'background' | 'proposal'; quote: string; body: string }[];

