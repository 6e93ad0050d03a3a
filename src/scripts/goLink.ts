// Short link: pick the reader's language and replace this page in history.
// A reminder system that knows the patient's language may add ?lang=<code>.
import { languageFromQuery, pickLanguage, type Candidate } from '../lib/pickLanguage.ts';

const main = document.querySelector<HTMLElement>('[data-go]');
if (main) {
  const { slug, candidates } = JSON.parse(main.dataset.go!) as { slug: string; candidates: Candidate[] };
  const asked = languageFromQuery(location.search, candidates.map((c) => c.code));
  const lang = asked ?? pickLanguage(navigator.languages ?? [navigator.language], candidates);
  location.replace(`/${lang}/${slug}/${location.hash}`);
}
