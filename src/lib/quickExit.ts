// Where "Leave this page" goes, and the Shift-key rule, kept apart from the
// browser code so unit tests can reach them.
// A neutral, fast, public page that gives nothing away if someone looks over
// the reader's shoulder or at the screen afterwards.
export const neutralUrl = 'https://www.weather.gov/';

/** Shift pressed this many times ... */
export const pressesNeeded = 3;
/** ... within this many milliseconds leaves the page (as GOV.UK's "Exit this page"). */
export const windowMs = 5000;

/** Keep the presses still inside the time window, add the new one; true when it is time to leave. */
export function registerPress(presses: number[], now: number): { presses: number[]; leave: boolean } {
  const recent = [...presses.filter((t) => now - t < windowMs), now];
  return { presses: recent, leave: recent.length >= pressesNeeded };
}
