// Accessibility checks axe cannot make, on every built page: reflow at 320 px
// (the same width as 400% zoom on a 1280 px window), text spacing (WCAG
// 1.4.12), visible focus with 3:1 contrast, focus order that follows the
// layout (mirrored in RTL), touch targets, headings and landmarks, reduced
// motion and forced colors. Failures name the page, the check and the element.
import { test, expect, type Page } from '@playwright/test';
import { builtPages } from './support/builtPages.ts';
import { contrastSource, describeElementSource } from './support/pageChecks.ts';

async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    ${describeElementSource}
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    // Name the widest elements that stick out, outside areas meant to scroll.
    return [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      .slice(0, 5).map((el) => 'sticks out: ' + describe(el));
  })()`);
}

async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    ${describeElementSource}
    return [...document.body.querySelectorAll('*')].filter((el) => {
      if (el.closest('.visually-hidden, [hidden], .table-scroll') || !el.textContent.trim()) return false;
      const s = getComputedStyle(el);
      if (!/hidden|clip/.test(s.overflow + s.overflowX + s.overflowY)) return false;
      return el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2;
    }).slice(0, 5).map((el) => 'clipped: ' + describe(el));
  })()`);
}

// Readers apply text spacing with browser extensions, which CSP does not block;
// the test injects the same styles, so it bypasses our CSP the same way.
test.use({ bypassCSP: true });

const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd { margin-block-end: 2em !important; }`;

/** Tab through the page, recording each stop's box and focus style. */
async function tabWalk(page: Page, limit = 120) {
  const stops: { name: string; box: { x: number; y: number; right: number; w: number; h: number }; outline: string; contrast: number; fixed: boolean; rtl: boolean }[] = [];
  await page.locator('body').focus();
  // Define the reader once; each Tab then costs one small call.
  await page.evaluate(`window.__focusStop = () => {
      ${describeElementSource}
      ${contrastSource()}
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // A link that wraps has a box spanning both lines; its first line box says where it starts.
      const r = el.getClientRects()[0] || el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const outlineColor = parse(s.outlineColor);
      return {
        name: describe(el),
        key: el.outerHTML.slice(0, 200) + r.x + ',' + (r.y + window.scrollY),
        box: { x: r.left, y: r.top + window.scrollY, right: r.right, w: r.width, h: r.height },
        outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2 ? 'none' : s.outlineStyle + ' ' + s.outlineWidth,
        contrast: outlineColor ? contrast(outlineColor, background(el.parentElement || el)) : 0,
        fixed: !!el.closest('.quick-exit, .skip-link, .switcher ul'),
        rtl: getComputedStyle(el).direction === 'rtl',
      };
    }`);
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate('window.__focusStop()');
    if (!stop) break;
    const s = stop as (typeof stops)[number] & { key: string };
    if (stops.some((x) => (x as typeof s).key === s.key)) break; // wrapped around
    stops.push(s);
  }
  return stops;
}

for (const url of builtPages()) {
  test(`beyond axe: ${url}`, async ({ page }) => {
    const problems: string[] = [];
    const check = (name: string, found: string[]) => problems.push(...found.map((f) => `${url} [${name}] ${f}`));

    // Reflow at 320 CSS px = 400% zoom of a 1280 px window.
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(url);
    check('reflow 320px / 400% zoom', await horizontalOverflow(page));

    // Text spacing (WCAG 1.4.12) at phone width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addStyleTag({ content: textSpacing });
    check('text spacing', [...(await horizontalOverflow(page)), ...(await clippedText(page))]);

    // Desktop: focus order, visible focus, touch targets, structure.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    const stops = await tabWalk(page);
    for (const s of stops) {
      if (s.outline === 'none') check('focus visible', [`no focus outline on ${s.name}`]);
      else if (s.contrast < 3) check('focus contrast', [`focus outline contrast ${s.contrast.toFixed(2)}:1 on ${s.name}`]);
    }
    const flow = stops.filter((s) => !s.fixed);
    for (let i = 1; i < flow.length; i++) {
      const [a, b] = [flow[i - 1], flow[i]];
      const sameRow = Math.abs(a.box.y - b.box.y) < Math.min(a.box.h, b.box.h) / 2 + 4;
      // Reading direction of the text the two stops sit in (English fallback text is LTR inside an RTL page).
      const rtl = a.rtl && b.rtl;
      const backwards = sameRow ? (rtl ? b.box.right > a.box.right + 4 : b.box.x < a.box.x - 4) : b.box.y < a.box.y - 4;
      if (backwards) check('focus order', [`${b.name} comes after ${a.name} but sits ${sameRow ? (rtl ? 'right' : 'left') : 'above'} of it`]);
    }

    const small = await page.evaluate(`(() => {
      ${describeElementSource}
      const controls = [...document.querySelectorAll('button, summary, input:not([type=checkbox]), textarea, select, .site-header a, .site-footer a, .quick-exit-button, .switcher a')];
      const tooSmall = controls.filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); });
      const boxes = [...document.querySelectorAll('input[type=checkbox]')].filter((el) => { const r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; });
      return [...tooSmall, ...boxes].filter((el) => getComputedStyle(el).visibility !== 'hidden').map((el) => { const r = el.getBoundingClientRect(); return describe(el) + ' is ' + Math.round(r.width) + 'x' + Math.round(r.height); });
    })()`);
    check('touch targets', small as string[]);

    const structure = await page.evaluate(`(() => {
      ${describeElementSource}
      const out = [];
      const h1 = document.querySelectorAll('h1');
      if (h1.length !== 1) out.push(h1.length + ' h1 elements');
      let last = 0;
      for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        if (h.closest('[hidden], details:not([open]) > :not(summary)')) continue;
        const level = Number(h.tagName[1]);
        if (last && level > last + 1) out.push('heading level skips from h' + last + ' to ' + describe(h));
        last = level;
      }
      const navs = [...document.querySelectorAll('nav, aside, section[aria-label], section[aria-labelledby], search')];
      for (const n of navs) if (!n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby')) out.push('unlabelled landmark ' + describe(n));
      const labels = navs.filter((n) => n.tagName === 'NAV').map((n) => n.getAttribute('aria-label'));
      if (new Set(labels).size !== labels.length) out.push('two navigation landmarks share a label');
      for (const a of document.querySelectorAll('a')) {
        if (/^(click here|here|read more|more|link)$/i.test(a.textContent.trim())) out.push('vague link text ' + describe(a));
      }
      return out;
    })()`);
    check('structure', structure as string[]);

    // Reduced motion: nothing animates.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const animations = await page.evaluate(() => document.getAnimations().length);
    if (animations) check('reduced motion', [`${animations} running animations`]);

    // Forced colors: controls keep visible edges.
    await page.emulateMedia({ forcedColors: 'active' });
    const invisible = await page.evaluate(`(() => {
      ${describeElementSource}
      return [...document.querySelectorAll('button, .quick-exit-button, .switcher summary')].filter((el) => {
        const s = getComputedStyle(el);
        return el.getBoundingClientRect().width > 0 && (s.borderStyle === 'none' || parseFloat(s.borderWidth) === 0);
      }).map((el) => 'no visible edge in forced colors: ' + describe(el));
    })()`);
    check('forced colors', invisible as string[]);

    expect(problems).toEqual([]);
  });
}
