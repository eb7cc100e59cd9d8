/** The exchange file between machines (issue 10): the service's and the CLI's words. */
export const exchange = {
  reason: {
    unchanged: 'ei muutoksia',
    newerHere: 'tällä koneella uudempi',
    changedBoth: 'muutettu molemmilla koneilla: tämän koneen versio pidettiin, tuotu versio odottaa valintaa',
    added: 'uusi',
    updated: 'muutettu toisella koneella',
  },
  kind: {
    project: 'Hanke',
    person: 'Henkilö',
    body: 'Toimielin',
    appealText: 'Muutoksenhakuohje',
    item: 'Asia',
    meeting: 'Kokous',
  },
  /** The note of the item version an import writes. */
  versionNote: 'Tuotu siirtotiedostosta {{file}}',
  /** The note of the item version a resolved conflict writes ("Ota tuotu versio"). */
  resolvedNote: 'Ristiriita ratkaistu: otettiin tuotu versio siirtotiedostosta {{file}}',
  meetingTitle: '{{body}} {{number}}/{{year}}',
  /** Default file names: "2024-01-23 Sivistyslautakunta 1-2024 - siirtotiedosto.pykala". */
  fileKind: 'siirtotiedosto',
  allTitle: 'Kaikki tiedot',
  error: {
    notZip: 'Tiedosto {{file}} ei ole Pykälän siirtotiedosto (se ei ole zip-paketti). Mitään ei tuotu.',
    truncated: 'Siirtotiedosto {{file}} on katkennut tai vioittunut, eikä sitä voi lukea. Mitään ei tuotu.',
    noManifest: 'Siirtotiedostosta {{file}} puuttuu sisällysluettelo (manifest.json): se ei ole Pykälän siirtotiedosto. Mitään ei tuotu.',
    badManifest: 'Siirtotiedoston {{file}} sisällysluettelo (manifest.json) on virheellinen. Mitään ei tuotu.',
    newerFormat: 'Siirtotiedosto {{file}} on tehty Pykälän uudemmalla versiolla (tiedostomuoto {{version}}; tämä versio lukee muotoa {{supported}}). Päivitä Pykälä ja tuo tiedosto uudelleen. Mitään ei tuotu.',
    newerSchema: 'Siirtotiedoston {{file}} tiedot ovat Pykälän uudemmasta versiosta (tietokannan versio {{version}}; tämä on {{supported}}). Päivitä Pykälä ja tuo tiedosto uudelleen. Mitään ei tuotu.',
    tampered: 'Siirtotiedosto {{file}} on vioittunut tai sitä on muutettu: osan {{part}} tarkistussumma ei täsmää. Mitään ei tuotu.',
    missingPart: 'Siirtotiedosto {{file}} on vioittunut tai sitä on muutettu: osa {{part}} puuttuu. Mitään ei tuotu.',
    extraPart: 'Siirtotiedosto {{file}} on vioittunut tai sitä on muutettu: osaa {{part}} ei ole sisällysluettelossa. Mitään ei tuotu.',
    badPart: 'Siirtotiedosto {{file}} on vioittunut tai sitä on muutettu: osa {{part}} ei ole kelvollinen. Mitään ei tuotu.',
    partTooLarge: 'Siirtotiedoston {{file}} osa {{part}} on purettuna liian suuri (yli {{limit}} Mt). Mitään ei tuotu.',
    tooLarge: 'Siirtotiedosto {{file}} on purettuna liian suuri (yli {{limit}} Mt). Mitään ei tuotu.',
    tooManyParts: 'Siirtotiedostossa {{file}} on liian monta osaa (yli {{limit}}). Mitään ei tuotu.',
    otherOrganisation:
      'Siirtotiedosto {{file}} on toisen organisaation ({{name}}) tiedosto; tämä tietokanta on jo vaihtanut tietoja oman organisaationsa kanssa. Mitään ei tuotu.',
    brokenReference: 'Siirtotiedoston {{file}} tiedot viittaavat tietoihin, joita ei ole tiedostossa eikä tällä koneella ({{detail}}). Mitään ei tuotu.',
    refusedRow: 'Siirtotiedoston {{file}} osaa {{part}} ei voitu tallentaa ({{detail}}). Mitään ei tuotu.',
    conflictNotFound: 'Ristiriitaa ei löydy.',
    conflictResolved: 'Ristiriita on jo ratkaistu.',
    meetingNotFound: 'Kokousta ei löydy.',
    itemNotFound: 'Asiaa ei löydy.',
  },
  cli: {
    usage:
      'Käyttö: pykala exchange export --data KANSIO --out TIEDOSTO.pykala [--meeting ID | --item ID] [--force] tai pykala exchange import TIEDOSTO.pykala --data KANSIO [--dry-run] [--json]',
    outNotPykala: 'Anna siirtotiedoston nimi, joka päättyy .pykala (esim. --out kokous.pykala).',
    bothScopes: 'Anna joko --meeting tai --item, ei molempia.',
    unreadable: 'Tiedostoa {{file}} ei voi lukea.',
    written: 'Siirtotiedosto kirjoitettu: {{file}} ({{count}} tietuetta).',
    dryRunHeading: 'Koeajo: mitään ei tallennettu. Tuonti tekisi näin:',
    doneHeading: 'Tuotu siirtotiedostosta {{file}} (organisaatio {{organisation}}):',
    adopted: 'Tämä tietokanta liitettiin tiedoston organisaatioon {{organisation}} (ensimmäinen siirto).',
    totals: 'Lisätty {{added}}, päivitetty {{updated}}, ohitettu {{skipped}}, ristiriitoja {{conflicts}}.',
    entry: '  {{action}}  {{kind}} {{title}}{{reason}}',
    action: { added: 'lisätty   ', updated: 'päivitetty', skipped: 'ohitettu  ', conflict: 'RISTIRIITA' },
  },
};
