import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 AA rule set and fails with a readable list of rule ids and targets. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
  return results;
}

/** Waits until the page is settled: the h1 is there and a home page's server status left "checking". */
export async function waitForPage(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  const status = page.locator('.sp-server-status');
  if ((await status.count()) > 0) await expect(status).not.toHaveClass(/sp-server-status--loading/);
}

/**
 * Chromium logs every 4xx answer as a console error, also the ones the app asks for and handles: /api/me says 401
 * when nobody is signed in, and the sign-in steps answer 400/401/429 to a wrong password or code. Those are not
 * errors of the page; anything else (5xx, CSP, exceptions, other URLs) still fails the test.
 */
function isExpectedApiRefusal(text: string, url: string) {
  // A 401 from any API call means "no session" (e.g. a query still under way while the person signs out), which the
  // app answers by showing the sign-in page.
  if (/\/api\//.test(url) && /status of 401\b/.test(text)) return true;
  return /\/api\/(me|auth\/)/.test(url) && /status of (400|401|429)\b/.test(text);
}

/**
 * A test whose page must log no errors to the console: this is where the browser reports a CSP violation (an inline
 * style or script slipping into the build), a failed request or an uncaught exception.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !isExpectedApiRefusal(message.text(), message.location().url)) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'browser console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * A `test` whose console check also lets through the refusals its journey provokes on purpose (a form sent with a
 * mistake, a save against a stale version), as `expected(url, text)` says.
 */
export function testAllowingRefusals(expected: (url: string, text: string) => boolean) {
  return test.extend<{ consoleErrors: string[] }>({
    consoleErrors: async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const url = message.location().url;
        if (message.type() === 'error' && !isExpectedApiRefusal(message.text(), url) && !expected(url, message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'browser console errors').toEqual([]);
    },
  });
}

