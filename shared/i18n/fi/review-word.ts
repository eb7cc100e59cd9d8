/** The proposal's review copy in Word (issue 9): the words the file itself carries, and the CLI's. */
export const reviewWord = {
  /** A tracked change or comment by someone the database has no name for (versions saved before users existed). */
  unknownAuthor: 'Pykälä',
  /** The first paragraph of a detached comment: the text it was made on is no longer in the item. */
  detachedQuote: 'Kommentoitu teksti ei ole enää asiassa: ”{{quote}}”',
  /** The file name's last words: "2024-01-23 Kerhotoiminta - päätösehdotus tarkastettavaksi.docx". */
  fileKind: 'päätösehdotus tarkastettavaksi',
  error: {
    versionNotFound: 'Asiassa ei ole versiota {{version}}. Katso versiot: pykala item versions ID --data KANSIO.',
    changesNeedProposal: 'Muutokset ja kommentit voi viedä vain päätösehdotukseen (--kind proposal).',
    badVersion: 'Virheellinen versio: {{value}}. Anna version numero, esimerkiksi 3.',
  },
};
