// Short link: pick the reader's language and replace this page in history.
import { pickLanguage, type Candidate } from '../lib/pickLanguage.ts';

const main = document.querySelector<HTMLElement>('[data-go]');
if (main) {
  const { slug, candidates } = JSON.parse(main.dataset.go!) as { slug: string; candidates: Candidate[] };
  const lang = pickLanguage(navigator.languages ?? [navigator.language], candidates);
  location.replace(`/${lang}/${slug}/${location.hash}`);
}
