// Live preview of the request letter. Everything stays in this page's memory:
// no form is submitted, nothing is sent, stored or logged.
import { fillTemplate } from '../lib/letterTemplate.ts';

const root = document.querySelector<HTMLElement>('[data-letter]');
if (root) {
  const blank = root.dataset.blank ?? '____';
  const form = document.querySelector<HTMLElement>('[data-letter-form]');
  const inputs = form ? [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')] : [];
  const lines = [...root.querySelectorAll<HTMLElement>('[data-template]')];
  const today = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long' }).format(new Date());

  const update = () => {
    const values: Record<string, string> = { date: today };
    for (const input of inputs) values[input.dataset.field!] = input.value;
    for (const line of lines) line.textContent = fillTemplate(line.dataset.template!, values, blank);
  };

  if (form) form.hidden = false;
  document.querySelector<HTMLElement>('[data-no-script]')?.setAttribute('hidden', '');
  for (const input of inputs) input.addEventListener('input', update);
  update();
}
