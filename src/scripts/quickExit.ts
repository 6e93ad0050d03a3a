// Quick exit: the button, or Shift pressed three times within five seconds,
// covers the page at once and replaces it with a neutral site. location.replace
// keeps this page out of the Back history where the browser allows.
// Without JavaScript the button is still a plain link to the neutral site.
import { registerPress } from '../lib/quickExit.ts';

const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');

function leave(event?: Event) {
  event?.preventDefault();
  if (!link) return;
  const cover = document.createElement('div');
  cover.className = 'quick-exit-cover';
  cover.textContent = link.dataset.leaving ?? '';
  document.body.append(cover);
  document.title = '…';
  window.location.replace(link.href);
}

if (link) {
  link.addEventListener('click', leave);
  let presses: number[] = [];
  let lastPressAnnounced = 0;
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    const result = registerPress(presses, event.timeStamp);
    presses = result.presses;
    if (status) {
      lastPressAnnounced = presses.length;
      status.textContent = (status.dataset.template ?? '').replace('{{count}}', String(lastPressAnnounced));
    }
    if (result.leave) leave();
  });
}
