/** The meeting on the laptop: attendance and the handling of each § (issue 8). */
export const meetingSession = {
  heading: 'Kokous',
};
