import { reviewReadback } from './review-readback';

/** The director's review (issue 9): users, the review round, comments, versions, review in Word. */
export const review = {
  role: {
    valmistelija: 'Valmistelija',
    esittelija: 'Esittelijä',
    poytakirjanpitaja: 'Pöytäkirjanpitäjä',
  },
  error: {
    reasonRequired: 'Kirjoita palautuksen syy.',
    commentEmpty: 'Kirjoita kommentti.',
    notDocx: 'Tiedosto ei ole Word-asiakirja (.docx).',
    tooLarge: 'Tiedosto on liian suuri (yli 20 Mt).',
  },
  word: reviewReadback,
};
