// The seed agenda item (../shared/reference/seed-agenda-item.txt) as domain data: the real text,
// its two-point proposal and the three-point decision. The hyphenated line breaks of the text file
// are joined ("yhteistyökumppanei-den" → "yhteistyökumppaneiden"); real hyphens ("kehittämis-,")
// stay. The "27" is a live value from the register, so the figure follows the data.
import type { AgendaItem, PersonDetails } from '../domain/item';
import type { LiveValueAttrs, RichDoc, RichNode } from '../domain/rich-text';
import { docOf, openingWithPoints, paragraphNode } from '../domain/rich-text-build';

export const seedItemId = 'seed-kehittamishankkeet-2024';
export const seedPreparerId = 'seed-preparer-kehittamispaallikko';

/** The item's preparer: an invented person (the seed names none). */
export function seedPreparer(): PersonDetails {
  return {
    id: seedPreparerId,
    name: 'Maria Esimerkki',
    title: 'kehittämispäällikkö',
    phone: '040 123 4567',
    email: 'maria.esimerkki@example.fi',
  };
}

const text = (value: string): RichNode => ({ type: 'text', text: value });

const runningProjects: LiveValueAttrs = {
  metric: 'runningProjectCount',
  activeOn: '2024-01-01',
  areas: [],
  frozenText: null,
  text: '27',
};

function seedBackground(): RichDoc {
  const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
  return {
    type: 'doc',
    content: [
      paragraph(
        text(
          'Aktiivinen hanketoiminta Kokkolan varhaiskasvatus- ja opetuspalveluissa on strateginen valinta, jolla suunnataan vastuualueiden kehittämistä ja hankitaan resursseja kehittämistyöhön.',
        ),
      ),
      paragraph(
        text('Varhaiskasvatuksessa, opetuksessa ja Kokkolan seudun opistossa käynnissä vuoden 2024 alkaessa yhteensä '),
        { type: 'liveValue', attrs: { ...runningProjects } },
        text(
          ' kehittämishanketta. Hankkeita toteutetaan joko omina hankkeina tai yhteistyökumppaneiden kanssa seutukunnallisesti tai maakunnallisesti. Kehittämishankkeiden avulla myös synnytetään ja vahvistetaan alueellisia ja valtakunnallisia yhteistyöverkostoja. Merkittävimmät kehittämisavustukset viime vuosina on saatu opetus- ja kulttuuriministeriöltä (OKM).',
        ),
      ),
      paragraph(
        text(
          'Valtionavustuksia kohdennetaan valtioministeriön linjausten mukaan koulutuspoliittisesti tärkeille kehittämisalueille. Hankkeet tukevat kansallisen koulutuspolitiikan ja tulossopimuksen toimeenpanoa sekä koulutuksen järjestäjien tarpeiden yhteen sovittamista valtakunnallisiin tavoitteisiin. Toiminnan tavoitteena on tukea kehittämis-, kokeilu- ja käynnistämishankkeita, joissa tuotetaan levittämiskelpoisia malleja, menetelmiä ja käytäntöjä. Lisäksi pyritään pysyviin toiminnallisiin tai rakenteellisiin muutoksiin ja parannuksiin. Toiminnassa suositaan laajoja, kokoavia ja verkostomaisia hankkeita. Viime vuosina on merkittäviä valtionavustuksia kohdennettu koronaepidemian vaikutusten tasaamiseen ja näistä avustuksista on Kokkolan kaupunki saanut merkittävän avustuskokonaisuuden.',
        ),
      ),
      paragraph(text('Yhteenveto hankkeista on oheismateriaalina.')),
    ],
  };
}

const proposalPoints = ['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2024 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle'];

/** The seed's appeal: no appeal, as the decision only takes the review into account (KuntaL 136 §). */
export const seedAppealText = 'Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).';

/** The presenter: an invented name (the seed prints the title alone, as its body's practice is). */
export const seedPresenterName = 'Mikko Saari';

/** A fresh copy of the seed item every call, so callers may change it freely. */
export function seedAgendaItem(): AgendaItem {
  return {
    id: seedItemId,
    title: 'Kehittämishankkeiden ajankohtaiskatsaus 2024',
    titleSv: '',
    caseNumber: 'KOK/52/12.00.01/2024',
    earlierHandling: '',
    bodyName: 'Sivistyslautakunta',
    meetingDate: '2024-01-23',
    meetingNumber: '1/2024',
    agendaNumber: 5,
    sectionNumber: 5,
    preparerIds: [seedPreparerId],
    background: seedBackground(),
    attachments: [],
    supplementary: [
      {
        id: 'seed-supplementary-summary',
        title: 'Yhteenveto hankkeista',
        source: { kind: 'projectSummary', summary: { activeOn: '2024-01-01', areas: [] } },
      },
    ],
    presenterTitle: 'Sivistysjohtaja',
    presenterName: seedPresenterName,
    proposal: openingWithPoints('Lautakunta päättää', proposalPoints),
    proposalSv: null,
    decision: openingWithPoints('Lautakunta päätti', [...proposalPoints, 'tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.']),
    decisionSv: null,
    forInformation: ['Kaupunginhallitus', 'Tarkastuslautakunta'],
    implementation: [],
    appeal: { textId: 'appeal-ei-136', text: docOf(paragraphNode(seedAppealText)) },
    publicity: { kind: 'public' },
    yearToCheck: null,
    status: 'kasitelty',
    isSample: true,
    createdAt: '2024-01-10T08:00:00.000Z',
    updatedAt: '2024-01-23T14:00:00.000Z',
  };
}
