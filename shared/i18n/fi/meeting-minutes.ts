/**
 * The words the minutes write from the meeting's record (issue 8): the Käsittely text of a §, the
 * legality §, the decisions of the outcomes, the standard items, and the problems a handling
 * record can have. Placeholders are {{name}}; shared/format/handling-text.ts fills them.
 */
export const meetingMinutes = {
  handling: {
    arrived: '{{name}} saapui kokoukseen{{time}} tämän pykälän käsittelyn aikana.',
    left: '{{name}} poistui kokouksesta{{time}} tämän pykälän käsittelyn aikana.',
    /** " klo 18.20", or nothing when the time was not recorded. */
    atTime: ' klo {{time}}',
    disqualified: '{{name}} ilmoitti olevansa esteellinen{{ground}} ja poistui kokoushuoneesta asian käsittelyn ja päätöksenteon ajaksi{{time}}.',
    ground: ' ({{ground}})',
    returned: 'Hän palasi klo {{time}}.',
    expertOne: 'Kokouksessa oli kuultavana asiantuntijana {{names}}.',
    expertMany: 'Kokouksessa olivat kuultavina asiantuntijoina {{names}}.',
    /** The seconders in the genitive: "Wallsin ja Saikkosen". */
    counterSeconded: '{{mover}} teki {{seconders}} kannattamana seuraavan vastaehdotuksen: {{text}}',
    /** The same when a seconder's genitive is not certain: nominatives only, always correct. */
    counterSecondedPlain: '{{mover}} teki seuraavan vastaehdotuksen, jota {{verb}} {{seconders}}: {{text}}',
    secondedByOne: 'kannatti',
    secondedByMany: 'kannattivat',
    counterUnseconded: '{{mover}} teki seuraavan vastaehdotuksen: {{text}}',
    fell: 'Ehdotus raukesi kannattamattomana.',
    mustVote: 'Puheenjohtaja totesi, että oli tehty kannatettu vastaehdotus, joten asiasta oli äänestettävä.',
    /** When both sides read "…ehdotus": their partitives fit the sentence. */
    voteProposal: 'Puheenjohtaja ehdotti äänestystavaksi nimenhuutoäänestystä siten, että {{yes}} kannattavat äänestävät jaa ja {{no}} kannattavat ei.',
    /** Any other wording of the sides: quoted as the chair put them. */
    voteProposalPlain: 'Puheenjohtaja ehdotti äänestystavaksi nimenhuutoäänestystä ja äänestysesitykseksi: jaa = {{yes}}, ei = {{no}}.',
    voteCounts: 'Äänestyksessä annettiin {{yes}} ja {{no}}{{blank}}.',
    yesVotesOne: '1 jaa-ääni',
    yesVotesMany: '{{count}} jaa-ääntä',
    noVotesOne: '1 ei-ääni',
    noVotesMany: '{{count}} ei-ääntä',
    blankVotesOne: ' (1 tyhjä)',
    blankVotesMany: ' ({{count}} tyhjää)',
    /** The winning side's text in the genitive ("päätösehdotuksen", "Kerosen vastaehdotuksen"). */
    decidedAs: 'Puheenjohtaja totesi, että {{body}} oli päättänyt {{side}} mukaisesti.',
    decidedAsPlain: 'Puheenjohtaja totesi, että {{body}} oli päättänyt {{sideVotes}} mukaisesti ({{side}}).',
    yesSideVotes: 'jaa-äänten',
    noSideVotes: 'ei-äänten',
    tieChair: 'Äänet menivät tasan, joten puheenjohtajan ääni ratkaisi (kuntalaki 104 §).',
    tieUnresolved: 'Äänet menivät tasan, eikä puheenjohtaja äänestänyt jaa tai ei, joten äänestys ei ratkaissut asiaa (kuntalaki 104 §).',
    yesList: 'Jaa:',
    noList: 'Ei:',
    blankList: 'Tyhjä:',
    dissentWritten: '{{name}} jätti eriävän mielipiteen, joka on pöytäkirjan liitteenä.',
    dissentSpoken: '{{name}} ilmoitti eriävän mielipiteensä.',
    checkedAtMeeting: 'Pykälä tarkastettiin kokouksessa.',
    /** Names joined: "Walls, Saikkonen ja Keronen". */
    and: 'ja',
  },
  legality: {
    quorate: 'Puheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi, koska paikalla oli {{present}} {{seats}}.',
    notQuorate: 'Kokous ei ollut päätösvaltainen: paikalla oli {{present}} {{seats}}.',
    membersOne: '1 jäsen',
    membersMany: '{{count}} jäsentä',
  },
  decision: {
    opening: 'Puheenjohtaja avasi kokouksen klo {{time}}.',
    openingNoTime: 'Puheenjohtaja avasi kokouksen.',
    checkers: 'Pöytäkirjan tarkastajiksi valittiin {{names}}.',
    tabled: '{{body}} päätti panna asian pöydälle.',
    returned: '{{body}} päätti palauttaa asian valmisteluun.',
    removed: 'Asia poistettiin esityslistalta.',
    noted: '{{body}} merkitsi asian tiedoksi.',
    approvedUnanimously: '{{body}} hyväksyi päätösehdotuksen yksimielisesti.',
    approvedByVote: '{{body}} hyväksyi päätösehdotuksen äänin {{yes}}–{{no}}.',
    amendedByVote: '{{body}} hyväksyi vastaehdotuksen äänin {{no}}–{{yes}}.',
    amended: '{{body}} hyväksyi päätösehdotuksen muutettuna.',
  },
  vote: {
    proposal: 'päätösehdotus',
    counter: 'vastaehdotus',
    /** "Kerosen vastaehdotus". */
    counterOf: '{{mover}} vastaehdotus',
  },
  /** The standard items' titles and texts (shared/domain/standard-items.ts); {{body}} is "Lautakunta" or the body's name. */
  standardItems: {
    avaus: {
      title: 'Kokouksen avaus',
      background: '',
      proposal: 'Puheenjohtaja avaa kokouksen.',
    },
    laillisuus: {
      title: 'Kokouksen laillisuus ja päätösvaltaisuus',
      background:
        'Kokouskutsu on lähetetty jäsenille ja muille, joilla on läsnäolo-oikeus, hallintosäännön mukaisesti. Toimielin on päätösvaltainen, kun enemmän kuin puolet jäsenistä on läsnä (kuntalaki 103 §).',
      proposal: 'Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi.',
    },
    tarkastajat: {
      title: 'Pöytäkirjan tarkastajien valinta',
      background: 'Pöytäkirjan tarkastaa kaksi kokouksessa valittua pöytäkirjan tarkastajaa.',
      proposal: 'Pöytäkirjan tarkastajiksi valitaan … ja …',
    },
    tyojarjestys: {
      title: 'Työjärjestyksen hyväksyminen',
      background: '',
      proposal: '{{body}} hyväksyy esityslistan kokouksen työjärjestykseksi.',
    },
    ilmoitusasiat: {
      title: 'Ilmoitusasiat',
      background: 'Tiedoksi saatetaan seuraavat asiat:',
      proposal: '{{body}} merkitsee ilmoitusasiat tiedoksi.',
    },
    viranhaltijapaatokset: {
      title: 'Viranhaltijapäätökset',
      background:
        '{{body}} voi ottaa käsiteltäväkseen asian, jonka se on siirtänyt viranhaltijan ratkaistavaksi (otto-oikeus, kuntalaki 92 §). Tiedoksi saatetaan seuraavat viranhaltijapäätökset:',
      proposal: '{{body}} merkitsee viranhaltijapäätökset tiedoksi. Otto-oikeutta ei käytetä.',
      decision: '{{body}} merkitsi viranhaltijapäätökset tiedoksi. Otto-oikeutta ei käytetty.',
    },
    muut_asiat: {
      title: 'Muut asiat',
      background: '',
      proposal: 'Käsitellään kokouksessa esille tulevat muut asiat.',
      decision: 'Muita asioita ei käsitelty.',
    },
  },
  earlierHandling: '{{body}} {{date}} § {{section}}',
  problem: {
    moreVotesThanVoters: 'Ääniä on {{votes}}, mutta äänioikeutettuja jäseniä on tässä pykälässä vain {{voters}}.',
    voteByAbsent: '{{name}} ei ole läsnä tässä pykälässä, joten hän ei voi äänestää.',
    voteByDisqualified: '{{name}} on esteellinen tässä pykälässä, joten hän ei voi äänestää.',
    voteByNonMember: '{{name}} ei ole toimielimen jäsen, joten hän ei voi äänestää.',
    voteByUnknown: 'Äänestyksessä on ääni henkilöltä, joka ei ole kokouksen osallistujaluettelossa.',
    voteCounterMissing: 'Äänestys viittaa vastaehdotukseen, jota ei ole tässä pykälässä.',
    voteCounterUnseconded: 'Äänestys viittaa vastaehdotukseen, jota kukaan ei kannattanut: kannattamaton ehdotus raukeaa, eikä siitä äänestetä.',
    voteTie: 'Äänet menivät tasan, eikä puheenjohtaja äänestänyt jaa tai ei: tasatilanteessa puheenjohtajan ääni ratkaisee (kuntalaki 104 §).',
    seconderIsMover: '{{name}} ei voi kannattaa omaa vastaehdotustaan.',
    seconderTwice: '{{name}} on merkitty kannattajaksi kahdesti.',
    moverDisqualified: '{{name}} on esteellinen tässä pykälässä eikä voi tehdä ehdotusta.',
    seconderDisqualified: '{{name}} on esteellinen tässä pykälässä eikä voi kannattaa ehdotusta.',
    moverAbsent: '{{name}} ei ole läsnä tässä pykälässä eikä voi tehdä ehdotusta.',
    seconderAbsent: '{{name}} ei ole läsnä tässä pykälässä eikä voi kannattaa ehdotusta.',
    moverNotMember: '{{name}} ei ole toimielimen jäsen eikä voi tehdä ehdotusta.',
    seconderNotMember: '{{name}} ei ole toimielimen jäsen eikä voi kannattaa ehdotusta.',
    unknownAttendee: 'Merkintä viittaa henkilöön, joka ei ole kokouksen osallistujaluettelossa.',
    disqualifiedTwice: '{{name}} on merkitty esteelliseksi kahdesti.',
    timeInvalid: 'Anna kellonaika muodossa hh.mm, esim. 18.05: ”{{time}}”.',
    returnedBeforeLeft: '{{name}} ei voi palata (klo {{returnedAt}}) ennen kuin poistui (klo {{leftAt}}).',
    dissentByNonMember: '{{name}} ei ole toimielimen jäsen eikä esittelijä, joten hän ei voi jättää eriävää mielipidettä.',
    dissentTwice: '{{name}} on merkitty eriävän mielipiteen jättäjäksi kahdesti.',
    sectionMissing: 'Pykälää ei ole tämän kokouksen esityslistalla.',
    noQuorum: 'Kokous ei ole päätösvaltainen: paikalla on {{present}} {{seats}}; päätösvaltaisuuteen tarvitaan {{required}}.',
  },
};
