// Shows the "Print this page" buttons (hidden without JavaScript, where the
// text tells readers to use the browser's own Print command).
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
