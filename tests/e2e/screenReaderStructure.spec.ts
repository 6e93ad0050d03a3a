// What a screen reader meets first on each kind of page: labelled landmarks
// and the heading outline (partial ARIA snapshots: the parts that must hold).
import { test, expect } from '@playwright/test';

const shell = `
  - banner:
    - link "Private Health Guides, home"
    - navigation "Main"
    - group: Language English
  - main
  - contentinfo:
    - navigation "About this site"
`;

test('home page: landmarks, one h1, the three questions', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('body')).toMatchAriaSnapshot(shell);
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - heading "Keep your health information private" [level=1]
    - region "What do you want to know?":
      - heading "What do you want to know?" [level=2]
      - list:
        - listitem:
          - link "How do I keep my video or phone visit private?"
        - listitem:
          - link "Is it safe to email my doctor?"
        - listitem:
          - link "Can I ask my clinic to contact me a different way?"
  `);
});

test('guide page: title, dates, body headings, sources', async ({ page }) => {
  await page.goto('/en/telehealth-privacy/');
  await expect(page.locator('body')).toMatchAriaSnapshot(shell);
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - article:
      - heading [level=1]
      - paragraph:
        - text: "Last reviewed:"
        - time
      - paragraph:
        - text: "Next review due:"
        - time
      - heading "What you can do" [level=2]
      - region "Sources":
        - heading "Sources" [level=2]
  `);
});

test('sensitive page: the quick exit comes first, in its own labelled landmark', async ({ page }) => {
  await page.goto('/en/confidential-communications/');
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - complementary "Leave this page":
      - link "Leave this page"
      - paragraph:
        - link "How leaving works"
      - link "Skip to main content"
      - status
    - banner
  `);
});

test('request letter: which letter, labelled fields, the choices and the letter region', async ({ page }) => {
  await page.goto('/en/tools/request-letter/');
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - heading /Letter to a clinic/ [level=1]
    - navigation "Which letter do you need?":
      - heading [level=2]
      - list:
        - listitem:
          - link /To a clinic or doctor/
    - region "Fill in your letter":
      - heading [level=2]
      - text: Your full name
      - textbox "Your full name"
    - region "Your letter"
  `);
  await expect(page.locator('main')).toMatchAriaSnapshot(`
    - group "How should they contact you? Tick all that apply.":
      - list:
        - listitem:
          - checkbox /Call or text me only on my cell phone/
  `);
});
