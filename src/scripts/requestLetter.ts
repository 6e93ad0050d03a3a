// Fills the request letter as the reader types, in every copy on the page
// (English and the reader's language) at once. Everything stays in this page's
// memory: no form is submitted, nothing is sent, stored, logged or put in the
// address. Values go in with textContent, never as markup.
import { cleanValue } from '../lib/requestLetters.ts';

const root = document.querySelector<HTMLElement>('[data-letter]');
if (root) {
  const blank = root.dataset.blank ?? '____';
  const form = document.querySelector<HTMLElement>('[data-letter-form]');
  const inputs = [...document.querySelectorAll<HTMLInputElement>('[data-value-input]')];
  const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-choice-input]')];
  const papers = [...root.querySelectorAll<HTMLElement>('[data-letter-paper]')];
  // Today's date, written the way each copy's language writes dates.
  for (const paper of papers) {
    const today = new Intl.DateTimeFormat(paper.lang, { dateStyle: 'long' }).format(new Date());
    for (const el of paper.querySelectorAll<HTMLElement>('[data-value="today"]')) el.textContent = today;
  }

  const update = () => {
    const values = new Map(inputs.map((i) => [i.dataset.valueInput!, i.value]));
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset.choiceInput!));
    // Until the reader ticks a box, every line shows with a box to tick by hand (as without
    // JavaScript, and nothing moves on load); after, only the lines they ticked.
    const picking = chosen.size > 0;
    root.classList.toggle('letter-chosen', picking);
    for (const paper of papers) {
      for (const el of paper.querySelectorAll<HTMLElement>('[data-value]')) {
        const name = el.dataset.value!;
        if (name === 'today' || name === 'signature') continue;
        el.textContent = cleanValue(values.get(name) ?? '', el.nextSibling?.textContent ?? undefined) || blank;
      }
      for (const line of paper.querySelectorAll<HTMLElement>('[data-choice]')) line.hidden = picking && !chosen.has(line.dataset.choice!);
    }
  };

  if (form) form.hidden = false;
  for (const el of document.querySelectorAll('[data-no-script]')) el.setAttribute('hidden', '');
  for (const input of [...inputs, ...boxes]) input.addEventListener('input', update);
  update();
}
