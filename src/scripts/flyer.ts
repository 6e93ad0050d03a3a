// The flyer's language picker: untick a language and its block leaves the
// flyer (and the printout). Nothing is stored; a reload shows every language.
const pick = document.querySelector<HTMLElement>('[data-flyer-pick]');
if (pick) {
  pick.hidden = false;
  for (const box of pick.querySelectorAll<HTMLInputElement>('[data-flyer-lang]')) {
    box.addEventListener('change', () => {
      const block = document.querySelector<HTMLElement>(`[data-flyer-block="${box.dataset.flyerLang}"]`);
      if (block) block.hidden = !box.checked;
    });
  }
}
