// A translator's string that contains markup must reach the reader as text,
// never as HTML. Renders a real component (the site footer) through Astro's
// container API with a planted string, the way the build renders every page.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SiteFooter from '../../src/components/SiteFooter.astro';
import { createI18n, makeTranslate } from '../../src/i18n/i18n.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { loadLocaleFiles } from '../../src/lib/loadLocaleFiles.ts';

describe('a translated string with markup', () => {
  it('renders as text in a real component', async () => {
    const resources = loadLocaleFiles(process.cwd(), localeCodes);
    const planted = '<img src=x onerror=alert(1)><b>Aviso</b> & más';
    resources.es.common['footer.privacy'] = planted;
    const t = makeTranslate(createI18n(resources), 'es');
    const container = await AstroContainer.create();
    const html = await container.renderToString(SiteFooter, { props: { lang: 'es', t } });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;Aviso&lt;/b&gt; &amp; más');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
  });
});
