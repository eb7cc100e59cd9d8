/** Shared by the import, the backups and the exchange (issue 10). */
export const dataTransfer = {
  error: {
    unreadable: 'Tiedostoa ei voitu lukea.',
    tooLarge: 'Tiedosto on liian suuri (enintään 30 Mt).',
  },
};
