// Accessibility checks axe cannot make, as functions over an open page. Each
// returns readable problems naming the element. The crawl (crawl.spec.ts) runs
// them all on every page in one visit.
import type { CDPSession, Page } from '@playwright/test';
import { contrastSource, describeElementSource } from './pageChecks.ts';

/** Elements that stick out of the viewport sideways (outside areas meant to scroll). */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    ${describeElementSource}
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    return [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      .slice(0, 5).map((el) => 'sticks out: ' + describe(el));
  })()`);
}

/** Text cut off by overflow: hidden/clip. */
export function clippedText(page: Page): Promise<string[]> {
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

/** WCAG 1.4.12 text spacing, as a reader's browser extension applies it. */
export const textSpacingCss = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd { margin-block-end: 2em !important; }`;

/** Apply user styles the way an extension does: a constructed style sheet, which
 *  our CSP (no inline styles) does not block, so the page keeps its real policy. */
export async function applyUserStyles(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

export interface FocusStop {
  name: string;
  key: string;
  box: { x: number; y: number; right: number; w: number; h: number };
  outline: string;
  contrast: number;
  fixed: boolean;
  rtl: boolean;
}

/**
 * Tab through the page with real key presses (the same CDP key events
 * Playwright's keyboard.press sends). A focusin listener in the page records
 * each stop as focus arrives, so the presses are sent back to back (Chromium
 * handles input events in order) and the stops are read once at the end:
 * about 2 ms a press instead of 8 for press-and-read. The walk ends where
 * focus first comes back to a stop already seen.
 */
export async function tabWalk(page: Page, cdp: CDPSession, limit = 120): Promise<FocusStop[]> {
  const candidates = (await page.evaluate(`(() => {
    ${describeElementSource}
    ${contrastSource()}
    window.__stops = [];
    document.addEventListener('focusin', () => {
      const el = document.activeElement;
      if (!el || el === document.body) return;
      // A link that wraps has a box spanning both lines; its first line box says where it starts.
      const r = el.getClientRects()[0] || el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const outlineColor = parse(s.outlineColor);
      window.__stops.push({
        name: describe(el),
        key: el.outerHTML.slice(0, 200) + r.x + ',' + (r.y + window.scrollY),
        box: { x: r.left, y: r.top + window.scrollY, right: r.right, w: r.width, h: r.height },
        outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2 ? 'none' : s.outlineStyle + ' ' + s.outlineWidth,
        contrast: outlineColor ? contrast(outlineColor, background(el.parentElement || el)) : 0,
        fixed: !!el.closest('.quick-exit, .skip-link, .switcher ul'),
        // Where a stop sits in its line follows the direction of the text around it, not its own:
        // a phone number is left to right inside an Arabic sentence.
        rtl: getComputedStyle(el.parentElement || el).direction === 'rtl',
      });
    });
    // How many presses to make: every element that could take focus, plus room to wrap around.
    return document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length;
  })()`)) as number;
  await page.locator('body').focus();
  const presses = Math.min(limit, candidates + 3);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: presses }, () => [cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...tab }), cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab })]).flat(),
  );
  const all = (await page.evaluate('window.__stops')) as FocusStop[];
  const stops: FocusStop[] = [];
  for (const s of all) {
    if (stops.some((x) => x.key === s.key)) break; // wrapped around
    stops.push(s);
  }
  return stops;
}

/** Problems with the focus stops: no visible outline, low contrast, order that jumps back against the layout. */
export function focusProblems(stops: FocusStop[]): { check: string; problem: string }[] {
  const out: { check: string; problem: string }[] = [];
  for (const s of stops) {
    if (s.outline === 'none') out.push({ check: 'focus visible', problem: `no focus outline on ${s.name}` });
    else if (s.contrast < 3) out.push({ check: 'focus contrast', problem: `focus outline contrast ${s.contrast.toFixed(2)}:1 on ${s.name}` });
  }
  const flow = stops.filter((s) => !s.fixed);
  for (let i = 1; i < flow.length; i++) {
    const [a, b] = [flow[i - 1], flow[i]];
    const sameRow = Math.abs(a.box.y - b.box.y) < Math.min(a.box.h, b.box.h) / 2 + 4;
    // Reading direction of the text the two stops sit in (English fallback text is LTR inside an RTL page).
    const rtl = a.rtl && b.rtl;
    const backwards = sameRow ? (rtl ? b.box.right > a.box.right + 4 : b.box.x < a.box.x - 4) : b.box.y < a.box.y - 4;
    if (backwards) out.push({ check: 'focus order', problem: `${b.name} comes after ${a.name} but sits ${sameRow ? (rtl ? 'right' : 'left') : 'above'} of it` });
  }
  return out;
}

/** Controls under 44x44 px (checkboxes under 24x24, WCAG 2.5.8). */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    ${describeElementSource}
    const controls = [...document.querySelectorAll('button, summary, input:not([type=checkbox]), textarea, select, .site-header a, .site-footer a, .quick-exit-button, .switcher a')];
    const tooSmall = controls.filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); });
    const boxes = [...document.querySelectorAll('input[type=checkbox]')].filter((el) => { const r = el.getBoundingClientRect(); return r.width < 24 || r.height < 24; });
    return [...tooSmall, ...boxes].filter((el) => getComputedStyle(el).visibility !== 'hidden').map((el) => { const r = el.getBoundingClientRect(); return describe(el) + ' is ' + Math.round(r.width) + 'x' + Math.round(r.height); });
  })()`);
}

/** One h1, no skipped heading levels, labelled landmarks, no vague link text. */
export function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
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
}

/** Running animations (to be called with reduced motion emulated). */
export function runningAnimations(page: Page): Promise<number> {
  return page.evaluate(() => document.getAnimations().length);
}

/** Controls without a visible edge (to be called with forced colors emulated). */
export function edgelessControls(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    ${describeElementSource}
    return [...document.querySelectorAll('button, .quick-exit-button, .switcher summary')].filter((el) => {
      const s = getComputedStyle(el);
      return el.getBoundingClientRect().width > 0 && (s.borderStyle === 'none' || parseFloat(s.borderWidth) === 0);
    }).map((el) => 'no visible edge in forced colors: ' + describe(el));
  })()`);
}
