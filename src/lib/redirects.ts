// Renamed or removed pages: old URL → new URL. Published URLs never 404:
// when a page moves, add a line here. src/pages/[...moved].astro writes a static
// redirect page for each (a meta refresh and a link, in the page's language), and the build writes dist/_redirects for
// hosts that read one. Keys and values are site-relative paths with a trailing slash.
export const redirects: Record<string, string> = {
  // The guide was first published under a shorter name in planning notes.
  '/en/email/': '/en/email-and-your-provider/',
};

export function redirectsFile(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([from, to]) => `${from} ${to} 301`)
    .join('\n') + '\n';
}
