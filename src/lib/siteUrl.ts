// The public address of the site, set in one place. Canonical links, hreflang,
// QR codes and the sitemap all use it. Override with SITE_URL when deploying.
export const defaultSiteUrl = 'https://privacy-guides.example.org';

export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const value = env.SITE_URL?.trim() || defaultSiteUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a valid URL (example: https://guides.example.org)`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost') {
    throw new Error(`SITE_URL "${value}" must use https://`);
  }
  return url.origin + '/';
}
