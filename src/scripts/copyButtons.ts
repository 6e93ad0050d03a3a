// Copy buttons on the clinics page: the text is on the page to select by hand;
// with JavaScript a button puts it on the clipboard and says so politely.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy ?? '');
      if (copyStatus) copyStatus.textContent = copyStatus.dataset.copied ?? '';
    } catch {
      // The browser refused (no permission): the text stays selectable on the page.
    }
  });
}

export {};
