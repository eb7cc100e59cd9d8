// The meeting service's refusals (issue 8) as the field messages of its errors (meetingService.error.*).
import type { ItemStatus } from '../../domain/item';

/** Why an item cannot be put on an agenda, by its status. */
const itemNotApproved: Record<ItemStatus, string> = {
  luonnos: 'Asia on luonnos: vain esitykseksi hyväksytyn asian voi lisätä esityslistalle.',
  tarkastettavana: 'Asia on esittelijän tarkastettavana: vain esitykseksi hyväksytyn asian voi lisätä esityslistalle.',
  palautettu: 'Asia on palautettu korjattavaksi: vain esitykseksi hyväksytyn asian voi lisätä esityslistalle.',
  hyvaksytty: 'Asia on hyväksytty esitykseksi.',
  esityslistalla: 'Asia on jo kokouksen esityslistalla.',
  kasitelty: 'Asia on jo käsitelty kokouksessa: sitä ei voi lisätä uudelleen esityslistalle.',
  tarkastettu: 'Asian pöytäkirja on jo tarkastettu: sitä ei voi lisätä esityslistalle.',
  julkaistu: 'Asia on jo julkaistu: sitä ei voi lisätä esityslistalle.',
};

export const meetingService = {
  /** A § in a refusal: its number once given, its Asianro before. */
  sectionLabel: { numbered: '§ {{number}}', agenda: 'asia {{number}}' },
  /** Where the meeting names an attendee (the "{{role}}" of attendeeInRole). */
  attendeeRole: { chair: 'kokouksen puheenjohtajaksi', secretary: 'pöytäkirjanpitäjäksi', checker: 'pöytäkirjan tarkastajaksi', event: 'saapuneeksi tai poistuneeksi kesken kokouksen' },
  error: {
    meetingNotFound: 'Kokousta ei löytynyt. Se on ehkä poistettu.',
    bodyNotFound: 'Toimielintä ei löytynyt. Se on ehkä poistettu.',
    sectionNotFound: 'Asiaa ei löytynyt kokouksen esityslistalta. Se on ehkä poistettu.',
    meetingConflict: 'Kokouksen tietoja on muutettu toisaalla sen jälkeen, kun ne luettiin. Lataa kokous uudelleen; mitään ei tallennettu.',
    sectionConflict: 'Pykälän tietoja on muutettu toisaalla sen jälkeen, kun ne luettiin. Lataa kokous uudelleen; mitään ei tallennettu.',
    bodyConflict: 'Toimielimen tietoja on muutettu toisaalla sen jälkeen, kun ne luettiin. Lataa tiedot uudelleen; mitään ei tallennettu.',
    bodyHasMeetings: 'Toimielimellä on kokouksia, joten sitä ei voi poistaa.',
    numberTaken: 'Toimielimellä on jo kokous tällä numerolla samana vuonna. Valitse toinen numero.',
    yearChangeNumbered: 'Kokouksen pykälät on jo numeroitu: kokousta ei voi siirtää toiselle vuodelle.',
    frozen: 'Kokouksen pöytäkirja on tarkastettu: kokousta ja sen pykäliä ei voi enää muuttaa. Mitään ei tallennettu.',
    itemNotApproved,
    itemOnThisMeeting: 'Asia on jo tämän kokouksen esityslistalla.',
    itemOnOtherMeeting: 'Asia on jo toisen kokouksen esityslistalla. Poista se sieltä ensin tai merkitse se siellä pöydälle pannuksi.',
    itemManagedByMeeting: 'Asia on kokouksen esityslistalla: sen tila muuttuu kokouksen mukana. Muuta sitä kokouksen sivulla.',
    sectionNumberClash: '§ {{section}} on jo toimielimen kokouksen {{meeting}} pykälä. Numeroita ei muutettu; tarkista kokousten järjestys (pykälät jatkuvat vuoden aiemman kokouksen viimeisestä).',
    statusStep: 'Kokouksen tilaa ei voi vaihtaa suoraan tähän tilaan.',
    minutesCheckedRequired: 'Anna pöytäkirjan tarkastuksen päivämäärä ja paikka.',
    amendedDecisionUnchanged: '{{section}} hyväksyttiin muutettuna, mutta päätöksenä on yhä päätösehdotus sellaisenaan. Kirjoita muutettu päätös ennen pöytäkirjan tarkastusta; mitään ei tallennettu.',
    outcomeMissing: 'Pykälältä puuttuu käsittelyn tulos: merkitse jokaisen asian tulos ennen pöytäkirjan tarkastusta.',
    handledCannotGoBack: 'Kokouksessa on jo käsiteltyjä asioita: kokousta ei voi palauttaa kokousta edeltävään tilaan.',
    removeHandled: 'Käsiteltyä asiaa ei voi poistaa esityslistalta. Merkitse käsittelyn tulokseksi ”poistettiin esityslistalta”.',
    deleteHandled: 'Kokouksessa on jo käsiteltyjä asioita, joten sitä ei voi poistaa.',
    notInSession: 'Käsittelyä voi kirjata vasta, kun kokous on avattu.',
    attendeeInHandling: '{{name}} on merkitty kohdan {{section}} käsittelyyn (esteellisyys, vastaehdotus, äänestys tai eriävä mielipide), joten häntä ei voi poistaa osallistujaluettelosta. Poista merkinnät ensin; mitään ei tallennettu.',
    attendeeInRole: '{{name}} on merkitty {{role}}, joten häntä ei voi poistaa osallistujaluettelosta. Muuta merkintä ensin; mitään ei tallennettu.',
    attendeeChangeBreaksSection: 'Muutosta ei tallennettu, koska se ei sovi kohdan {{section}} käsittelyyn: {{problem}} Korjaa ensin kohdan merkinnät.',
    attendeeUnknown: 'Henkilö ei ole kokouksen osallistujaluettelossa.',
    sectionUnknown: 'Pykälä ei kuulu tähän kokoukseen.',
    outcomeItemReopened: 'Asia on palautettu valmisteluun ja avattu luonnokseksi: tulosta ei voi enää muuttaa. Lisää asia uudelleen esityslistalle, kun se on hyväksytty.',
    outcomeItemElsewhere: 'Asia on jo toisen kokouksen esityslistalla: tämän kokouksen tulosta ei voi enää muuttaa.',
  },
};
