import type { ErrorCode } from '../../ipc/define';

/** Finnish text for every stable error code; the Record type makes a missing one a compile error. */
export const errors: Record<ErrorCode, string> = {
  VALIDATION: 'Tarkista merkityt kentät. Mitään ei tallennettu.',
  NOT_FOUND: 'Tietoa ei löytynyt. Se on ehkä poistettu.',
  CONFLICT: 'Tieto on muuttunut toisaalla. Lataa näkymä uudelleen.',
  UNKNOWN_CHANNEL: 'Sovelluksen sisäinen virhe: tuntematon toiminto.',
  FORBIDDEN: 'Toiminto ei ole sallittu.',
  DB_UNAVAILABLE: 'Tietokantaa ei voitu avata.',
  DB_NEWER_VERSION: 'Tietokanta on tehty Pykälän uudemmalla versiolla. Päivitä sovellus; tiedostoa ei muutettu.',
  DB_CORRUPT: 'Tietokantatiedosto on vioittunut. Tiedostoa ei muutettu.',
  DB_NOT_SQLITE: 'Tiedosto ei ole Pykälän tietokanta. Tiedostoa ei muutettu.',
  DB_FOREIGN: 'Tiedosto on toisen ohjelman tietokanta, ei Pykälän. Pykälä ei avaa eikä muuta sitä; tiedostoa ei muutettu.',
  DB_READ_ONLY: 'Tietokantaan ei voi kirjoittaa: tiedosto tai sen kansio on vain luku -tilassa tai ilman kirjoitusoikeutta. Mitään ei tallennettu, eikä tiedostoa muutettu.',
  DISK_FULL: 'Levy on täynnä, joten muutosta ei tallennettu. Vapauta levytilaa ja yritä uudelleen; aiemmin tallennetut tiedot ovat tallessa.',
  FROZEN: 'Asian lukittua osaa ei voi muuttaa: hyväksyttyä päätösehdotusta voi muuttaa vain palauttamalla sen luonnokseksi ennen kokousta, ja tarkastettua pöytäkirjaa ei voi muuttaa lainkaan. Mitään ei tallennettu.',
  STATUS_NOT_ALLOWED: 'Asian tilaa ei voi vaihtaa näin sen nykyisestä tilasta: esimerkiksi kokouksessa käsiteltyä päätösehdotusta ei voi enää palauttaa luonnokseksi. Lataa asia uudelleen nähdäksesi sen tilan. Mitään ei tallennettu.',
  INCOMPLETE: 'Asiasta puuttuu tietoja, joita seuraava vaihe tarvitsee. Täydennä luetellut kohdat. Tilaa ei vaihdettu.',
  INTERNAL: 'Odottamaton virhe. Mitään ei tallennettu.',
};
