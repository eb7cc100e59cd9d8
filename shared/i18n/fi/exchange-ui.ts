/** The exchange in the app (issue 10): export buttons, the import dialog, conflicts. */
export const exchangeUi = {

};
