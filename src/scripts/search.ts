// Search with Pagefind, loaded on first use. Results are built with DOM
// methods and textContent (excerpts keep only Pagefind's <mark> highlights,
// rebuilt as elements). The result count is announced once per search, politely.
// The query never leaves the browser: the form does not submit, and the
// address bar is updated with history.replaceState.

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const root = document.querySelector<HTMLElement>('[data-search]');
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLUListElement>('[data-search-results]');
const count = document.querySelector<HTMLElement>('[data-search-count]');
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');

let loaded: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from trying to resolve the file at build time.
  const path = '/pagefind/pagefind.js';
  loaded ??= import(/* @vite-ignore */ path).then(async (pf: Pagefind) => {
    await pf.init();
    return pf;
  });
  return loaded;
}

/** "a <mark>b</mark> c" → text nodes and <mark> elements, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1] : part).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    if (!m) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

let latest = 0;
async function run(query: string) {
  const ticket = ++latest;
  const q = query.trim();
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!q) {
    list!.replaceChildren();
    count!.textContent = '';
    if (fallback) fallback.hidden = false;
    return;
  }
  const pf = await pagefind();
  const found = await pf.search(q);
  const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  if (ticket !== latest) return; // a newer search is under way
  // The list of every guide gives way to the results only once the reader searches.
  if (fallback) fallback.hidden = true;
  list!.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      li.className = 'card';
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.append(...excerptNodes(r.excerpt));
      li.append(a, p);
      return li;
    }),
  );
  count!.textContent = results.length ? (count!.dataset.template ?? '').replace('{{count}}', String(found.results.length)) : (count!.dataset.none ?? '');
}

if (root && form && input && list && count) {
  // Browsers that know @media (scripting) showed these from the first paint
  // (site.css); for older ones the script does it.
  root.hidden = false;
  fallback?.querySelector<HTMLElement>('[data-no-script]')?.setAttribute('hidden', '');
  fallback?.querySelector<HTMLElement>('[data-with-script]')?.removeAttribute('hidden');
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  // Search as the reader types, but only once they pause: one announcement, not one per key.
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 400);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
