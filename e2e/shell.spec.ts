import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, test, waitForPage } from './support.js';

// Headings may hold a soft hyphen (U+00AD) so long Dutch words can break on a phone; titles never do.
const pages = [
  { name: 'resident', path: '/', heading: 'Welkom bij Mijn Samenplan', area: 'Mijn Samenplan', status: true },
  { name: 'day', path: '/dag', heading: 'Vandaag', area: 'Mijn dag', status: true },
  // The workspace needs a professional's sign-in: signed out, /werk leads to the sign-in page (see coach-sign-in).
  { name: 'sign-in', path: '/inloggen', heading: 'Inloggen', area: 'Informatie', status: false },
  { name: 'accessibility', path: '/toegankelijkheid', heading: 'Toegankelijkheidsverklaring', area: 'Informatie', status: false },
];

/** The page never scrolls sideways (WCAG 1.4.10 reflow). */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

for (const viewport of viewports) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const entry of pages) {
      test(`${entry.path} loads with 0 axe violations`, async ({ page }) => {
        const response = await page.goto(entry.path);
        expect(response?.status()).toBe(200);
        await expect(page).toHaveTitle(`${entry.heading} – ${entry.area} – Samenplan`);
        const heading = await page.getByRole('heading', { level: 1 }).textContent();
        expect(heading?.replaceAll('\u00ad', '')).toBe(entry.heading);
        await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
        await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
        await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' })).toBeVisible();
        if (entry.status) await expect(page.getByRole('status')).toHaveText('Verbonden met de server');
        await waitForPage(page);
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
        await page.screenshot({ path: `test-results/screens/${entry.name}-${viewport.width}.png`, fullPage: true });
      });
    }

    test('an unknown address shows the 404 page with 0 axe violations', async ({ page }) => {
      await page.goto('/bestaat-niet');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
      await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page);
      await page.screenshot({ path: `test-results/screens/not-found-${viewport.width}.png`, fullPage: true });
    });
  });
}

test.describe('keyboard', () => {
  for (const entry of pages) {
    test(`${entry.path}: the first Tab reaches the skip link, Enter moves focus to main`, async ({ page }) => {
      await page.goto(entry.path);
      await waitForPage(page);
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
      // The next Tab continues inside the content, not back at the top of the page.
      await page.keyboard.press('Tab');
      const insideMainOrAfter = await page.evaluate(() => {
        const main = document.getElementById('main');
        const active = document.activeElement;
        if (!main || !active) return false;
        return main.contains(active) || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(insideMainOrAfter).toBe(true);
    });
  }

  test('the area navigation works with the keyboard and marks the current page', async ({ page }) => {
    await page.goto('/');
    await waitForPage(page);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Mijn berichten' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/berichten$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn berichten');
    await expect(nav.getByRole('link', { name: 'Mijn berichten' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main#main')).toBeFocused();
    await expect(page).toHaveTitle('Mijn berichten – Mijn Samenplan – Samenplan');
  });
});

test.describe('language', () => {
  test('switching to English changes the texts and persists after a reload', async ({ page }) => {
    await page.goto('/');
    await waitForPage(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to My Samenplan');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My files' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Connected to the server');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to My Samenplan');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/dag');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });
});

test('the day app has touch targets of at least 44 by 44 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/dag');
  await waitForPage(page);
  const targets = page.locator('header a, header button, nav a, footer a');
  const count = await targets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = await targets.nth(i).boundingBox();
    expect(box, `target ${i}`).not.toBeNull();
    expect(box!.height, `height of target ${i}`).toBeGreaterThanOrEqual(44);
    expect(box!.width, `width of target ${i}`).toBeGreaterThanOrEqual(44);
  }
});
