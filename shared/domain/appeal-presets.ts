// The standard appeal instructions a body starts from (Kuntaliitto's model texts, abridged): a
// rectification request, a municipal appeal, an administrative appeal, and no appeal under
// KuntaL 136 § or another act. Each office fills in its own addresses once in settings: the
// blanks "[täydennä: …]" are refused by the completeness check, so none is ever printed.
// Migration 007 stores these for every database; "Palauta malliteksti" in settings reads them again.
import type { AppealKind } from './appeal';
import type { RichDoc } from './rich-text';
import { bulletListNode, docOf, headingNode, paragraphNode } from './rich-text-build';

export interface AppealPreset {
  id: string;
  kind: AppealKind;
  name: string;
  text: () => RichDoc;
}

const rectificationRequest = (): RichDoc =>
  docOf(
    headingNode(1, 'Oikaisuvaatimusohje'),
    paragraphNode('Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Päätökseen ei saa hakea muutosta valittamalla tuomioistuimeen (kuntalaki 134 §).'),
    headingNode(2, 'Oikaisuvaatimusoikeus'),
    paragraphNode('Oikaisuvaatimuksen saa tehdä'),
    bulletListNode([
      'se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa (asianosainen)',
      'kunnan jäsen.',
    ]),
    headingNode(2, 'Oikaisuvaatimusaika'),
    paragraphNode('Oikaisuvaatimus on tehtävä 14 päivän kuluessa päätöksen tiedoksisaannista. Oikaisuvaatimuksen on oltava perillä oikaisuvaatimusajan viimeisenä päivänä ennen viranomaisen aukioloajan päättymistä.'),
    paragraphNode('Asianosaisen katsotaan saaneen päätöksestä tiedon, jollei muuta näytetä, seitsemän päivän kuluttua kirjeen lähettämisestä tai sähköisen viestin lähettämisestä. Kunnan jäsenen katsotaan saaneen päätöksestä tiedon seitsemän päivän kuluttua siitä, kun pöytäkirja on nähtävänä yleisessä tietoverkossa.'),
    paragraphNode('Tiedoksisaantipäivää ei lueta oikaisuvaatimusaikaan. Jos oikaisuvaatimusajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen.'),
    headingNode(2, 'Oikaisuvaatimusviranomainen'),
    paragraphNode('Oikaisuvaatimus tehdään päätöksen tehneelle toimielimelle. Yhteystiedot: [täydennä: toimielin, postiosoite, käyntiosoite, sähköposti ja aukioloaika].'),
    headingNode(2, 'Oikaisuvaatimuksen muoto ja sisältö'),
    paragraphNode('Oikaisuvaatimus on tehtävä kirjallisesti; myös sähköinen asiakirja täyttää kirjallisen muodon vaatimuksen. Oikaisuvaatimuksessa on ilmoitettava'),
    bulletListNode([
      'päätös, johon oikaisuvaatimus kohdistuu',
      'miten päätöstä halutaan oikaistavaksi',
      'millä perusteella päätöstä vaaditaan oikaistavaksi',
      'oikaisuvaatimuksen tekijä ja millä perusteella hän on oikeutettu tekemään vaatimuksen',
      'oikaisuvaatimuksen tekijän yhteystiedot.',
    ]),
    paragraphNode('Jos oikaisuvaatimuspäätös voidaan antaa tiedoksi sähköisenä viestinä, yhteystietona pyydetään ilmoittamaan myös sähköpostiosoite. Oikaisuvaatimukseen on liitettävä asiakirjat, joihin tekijä vetoaa, jollei niitä ole jo aiemmin toimitettu viranomaiselle.'),
  );

const appealIntro = (law: string) =>
  paragraphNode(`Tähän päätökseen saa hakea muutosta ${law} hallinto-oikeudelta. Valitusaika on 30 päivää päätöksen tiedoksisaannista; tiedoksisaantipäivää ei lueta valitusaikaan.`);

const appealDelivery = () => [
  headingNode(2, 'Valitusviranomainen'),
  paragraphNode('Valitus tehdään hallinto-oikeudelle: [täydennä: hallinto-oikeuden nimi, postiosoite, sähköposti ja aukioloaika]. Valitus voidaan tehdä myös hallinto- ja erityistuomioistuinten asiointipalvelussa osoitteessa https://asiointi2.oikeus.fi/hallintotuomioistuimet.'),
  headingNode(2, 'Valituksen muoto ja sisältö'),
  paragraphNode('Valitus on tehtävä kirjallisesti. Valituksessa on ilmoitettava'),
  bulletListNode([
    'päätös, johon haetaan muutosta (valituksen kohteena oleva päätös)',
    'miltä osin päätökseen haetaan muutosta ja mitä muutoksia siihen vaaditaan tehtäväksi',
    'vaatimusten perustelut',
    'mihin valitusoikeus perustuu, jos valituksen kohteena oleva päätös ei kohdistu valittajaan',
    'valittajan nimi ja yhteystiedot.',
  ]),
  paragraphNode('Valitukseen on liitettävä valituksen kohteena oleva päätös valitusosoituksineen, selvitys siitä, milloin valittaja on saanut päätöksen tiedoksi, sekä asiakirjat, joihin valittaja vetoaa.'),
  headingNode(2, 'Oikeudenkäyntimaksu'),
  paragraphNode('Muutoksenhakuasian vireille panijalta peritään oikeudenkäyntimaksu sen mukaan kuin tuomioistuinmaksulaissa (1455/2015) säädetään.'),
];

const municipalAppeal = (): RichDoc =>
  docOf(
    headingNode(1, 'Valitusosoitus'),
    appealIntro('kunnallisvalituksella (kuntalaki 135 §)'),
    headingNode(2, 'Valitusoikeus ja valitusperusteet'),
    paragraphNode('Kunnallisvalituksen saa tehdä asianosainen ja kunnan jäsen. Valituksen saa tehdä sillä perusteella, että'),
    bulletListNode(['päätös on syntynyt virheellisessä järjestyksessä', 'päätöksen tehnyt viranomainen on ylittänyt toimivaltansa', 'päätös on muuten lainvastainen.']),
    ...appealDelivery(),
  );

const administrativeAppeal = (): RichDoc =>
  docOf(
    headingNode(1, 'Valitusosoitus'),
    appealIntro('hallintovalituksella (laki oikeudenkäynnistä hallintoasioissa 808/2019, [täydennä: erityislaki ja pykälä])'),
    headingNode(2, 'Valitusoikeus'),
    paragraphNode('Valituksen saa tehdä se, johon päätös on kohdistettu tai jonka oikeuteen, velvollisuuteen tai etuun päätös välittömästi vaikuttaa. Valituksen saa tehdä sillä perusteella, että päätös on lainvastainen.'),
    ...appealDelivery(),
  );

const noAppealPreparation = (): RichDoc =>
  docOf(
    paragraphNode('Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).'),
  );

const noAppealOtherAct = (): RichDoc =>
  docOf(paragraphNode('Tähän päätökseen ei saa hakea muutosta, koska [täydennä: laki ja pykälä, esim. perusopetuslain 42 §] kieltää muutoksenhaun.'));

export const appealPresets: readonly AppealPreset[] = [
  { id: 'appeal-oikaisuvaatimus', kind: 'oikaisuvaatimus', name: 'Oikaisuvaatimusohje', text: rectificationRequest },
  { id: 'appeal-kunnallisvalitus', kind: 'kunnallisvalitus', name: 'Valitusosoitus: kunnallisvalitus', text: municipalAppeal },
  { id: 'appeal-hallintovalitus', kind: 'hallintovalitus', name: 'Valitusosoitus: hallintovalitus', text: administrativeAppeal },
  { id: 'appeal-ei-136', kind: 'ei_muutoksenhakua', name: 'Ei muutoksenhakuoikeutta (valmistelu tai täytäntöönpano, KuntaL 136 §)', text: noAppealPreparation },
  { id: 'appeal-ei-muu-laki', kind: 'ei_muutoksenhakua', name: 'Ei muutoksenhakuoikeutta (muu laki)', text: noAppealOtherAct },
];

export const defaultAppealPresetId = 'appeal-oikaisuvaatimus';
export const noAppealPresetId = 'appeal-ei-136';

export function appealPreset(id: string): AppealPreset | undefined {
  return appealPresets.find((preset) => preset.id === id);
}
