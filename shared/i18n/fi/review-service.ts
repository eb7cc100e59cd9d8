// The review services' refusals (issue 9) as the field messages of their errors (reviewService.error.*),
// and the Finnish words the CLI's version list prints.
export const reviewService = {
  error: {
    notAUser: 'Valitse käyttäjäksi henkilö, jolla on rooli (valmistelija, esittelijä tai pöytäkirjanpitäjä).',
    userNotFound: 'Henkilöä ei löytynyt. Hänet on ehkä poistettu.',
    noCurrentUser: 'Valitse ensin, kuka käyttää Pykälää.',
    notPresenterApprove: 'Vain asian esittelijä ({{presenter}}) tai varaesittelijä voi hyväksyä asian.',
    notPresenterReturn: 'Vain asian esittelijä ({{presenter}}) tai varaesittelijä voi palauttaa asian korjattavaksi.',
    notPresenterApproveAny: 'Vain esittelijä tai varaesittelijä voi hyväksyä asian.',
    notPresenterReturnAny: 'Vain esittelijä tai varaesittelijä voi palauttaa asian korjattavaksi.',
    sendNotAllowed: 'Asiaa ei voi lähettää esittelijälle tässä vaiheessa.',
    approveNotAllowed: 'Asiaa ei voi hyväksyä tässä vaiheessa.',
    returnNotAllowed: 'Vain esittelijän tarkastettavana olevan asian voi palauttaa korjattavaksi.',
    itemConflict: 'Asiaa on muutettu toisaalla sen jälkeen, kun se luettiin. Lataa asia uudelleen; mitään ei tallennettu.',
    versionNotFound: 'Versiota ei löytynyt.',
    restoreFrozen: 'Esitys on hyväksytty: vanhaa versiota ei voi palauttaa ennen kuin esitys avataan uudelleen muokattavaksi.',
    restoreLocked: 'Pöytäkirja on tarkastettu: asiaa ei voi enää muuttaa.',
    restoreSame: 'Versio on sama kuin nykyinen: palautettavaa ei ole.',
    commentNotFound: 'Kommenttia ei löytynyt. Se on ehkä poistettu.',
    commentParentNotFound: 'Kommenttia, johon vastaat, ei löytynyt. Se on ehkä poistettu.',
    commentReplyToReply: 'Vastaa alkuperäiseen kommenttiin.',
    commentExists: 'Kommentti on jo tallennettu.',
    commentProposalClosed: 'Esitys on hyväksytty: sen tekstiä voi kommentoida vasta, kun se avataan uudelleen muokattavaksi.',
    commentRecordLocked: 'Pöytäkirja on tarkastettu: asiaa ei voi enää kommentoida.',
    commentConflict: 'Kommenttia on muutettu toisaalla sen jälkeen, kun se luettiin. Lataa kommentit uudelleen.',
    commentNotOwn: 'Vain kommentin kirjoittaja voi poistaa sen.',
    commentHasReplies: 'Kommenttiin on vastattu, joten sitä ei voi poistaa. Merkitse se ratkaistuksi.',
  },
  /** The version list's words (CLI). */
  versions: {
    /** A restored version's note, stored with it. */
    restoredFrom: 'Palautettu versiosta {{version}}',
    at: '{{date}} klo {{time}}',
    unknownAuthor: '(ei tiedossa)',
    firstVersion: 'Ensimmäinen versio',
    noTextChange: 'Ei tekstimuutoksia',
  },
};
