import { expect, type Page, type Route } from '@playwright/test';
import { signIn } from './auth.js';
import { expectNoAxeViolations, test, waitForPage } from './support.js';

const sanne = 'sanne.devries@wijkteam.demoland.example';

/**
 * A search matching thousands of dossiers (100,000 residents, a common surname): the server counts to 500 and says
 * there are more. The demo holds no such name, so the caseload answer is the real one with the count of such a search.
 */
async function answerAsCapped(route: Route) {
  const response = await route.fetch();
  const body = (await response.json()) as { items: unknown[]; total: number };
  await route.fulfill({ response, json: { ...body, total: 500, totalIsLowerBound: true } });
}

async function checkScreen(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await waitForPage(page);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { timeout: 3_000 })
      .toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `/tmp/shots/h4-${name}-${width}.png`, fullPage: true });
  }
}

test('a caseload search with more than 500 matches asks to refine it, in Dutch and in English', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, sanne);
  await expect(page).toHaveURL(/\/werk$/);
  await page.route(/\/api\/caseload\?.*q=Boer/, answerAsCapped);
  await page.getByLabel('Team', { exact: true }).click();
  await page.getByLabel('Zoeken', { exact: true }).fill('Boer');
  await expect(page).toHaveURL(/q=Boer/);
  const results = page.getByRole('main').getByRole('status').filter({ hasText: /resultaten/ });
  await expect(results).toHaveText('Meer dan 500 resultaten — verfijn uw zoekopdracht');
  // The pager offers the pages of the first 500.
  await expect(page.getByRole('main').getByRole('navigation', { name: "Pagina's" })).toContainText('Pagina 1 van 20');
  await checkScreen(page, 'caseload-capped');

  // The switch also stores Sanne's mail language; other journeys read her notices, so she goes back to Dutch.
  const language = (name: string) => {
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/me/language') && response.request().method() === 'PUT');
    return page.getByRole('button', { name }).click().then(() => saved);
  };
  expect((await language('English')).status()).toBe(204);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /results/ })).toHaveText('More than 500 results — refine your search');
  await checkScreen(page, 'caseload-capped-en');
  expect((await language('Nederlands')).status()).toBe(204);
});
