/** Bodies, the meetings list and the agenda (issue 8). */
export const meetings = {
  heading: 'Kokoukset',
};
