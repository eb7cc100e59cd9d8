/** The import screen (issue 10): file, column mapping, unknown values, preview, duplicates, report, undo. */
export const dataImportUi = {

};
