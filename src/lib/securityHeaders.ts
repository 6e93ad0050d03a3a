// HTTP security headers for static hosts (the `_headers` file format that
// Netlify, Cloudflare Pages and others read). The CSP is the union of the
// <meta> policies Astro wrote into the pages, plus frame-ancestors, which
// only works as a real header. Browsers enforce the header and the page's
// <meta> together, so each page still gets only what its own <meta> allows
// (e.g. 'wasm-unsafe-eval' only on the search pages).

export const fixedHeaders: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Merge CSP strings: same directives, sources unioned, in first-seen order. */
export function mergeCsp(policies: string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = merged.get(name) ?? [];
      for (const s of sources) if (!list.includes(s)) list.push(s);
      merged.set(name, list);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export function headersFile(csp: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${csp}; frame-ancestors 'none'`];
  for (const [name, value] of Object.entries(fixedHeaders)) lines.push(`  ${name}: ${value}`);
  return lines.join('\n') + '\n';
}

/** Read the `/*` block of a _headers file back into name → value. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ')) {
      inAll = line.trim() === '/*';
      continue;
    }
    if (!inAll) continue;
    const at = line.indexOf(':');
    if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}
