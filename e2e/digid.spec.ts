import { expect, test } from '@playwright/test';
import { checkScreen } from './auth.js';
import { waitForPage } from './support.js';

// Emma's BSN in the demo tenant (a 99999xxxx test number).
const emmaBsn = '999990032';

test.slow();

// The stand-in DigiD broker's sign-in page is not ours (a development page of oidc-provider that tries to load a web
// font from the internet), so this journey uses the plain Playwright test without the console-error guard and checks
// axe on our own pages only.
// The Dutch pass first, then the English one (both sign Emma in; serial keeps them apart).
test.describe.serial('Emma with DigiD', () => {
  test('a resident signs in with DigiD through the broker and lands on her home page', async ({ page }) => {
    await page.goto('/inloggen');
    await waitForPage(page);
    const digid = page.getByRole('link', { name: 'Inloggen met DigiD' });
    await expect(digid).toBeVisible();
    await checkScreen(page, 'digid-1-credentials');

    await digid.click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
    await page.locator('input[name="login"]').fill(emmaBsn);
    await page.locator('input[name="password"]').fill('stand-in');
    await page.locator('button[type="submit"]').click();

    await expect(page).toHaveURL(/^http:\/\/127.0.0.1:\d+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Emma');
    await checkScreen(page, 'digid-2-signed-in');
  });

  test('in English, a resident signs in with DigiD through the broker and lands on her home page', async ({ page }) => {
    await page.goto('/inloggen');
    await waitForPage(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.getByRole('link', { name: 'Inloggen met DigiD' })).toHaveCount(0);
    const digid = page.getByRole('link', { name: 'Sign in with DigiD' });
    await expect(digid).toBeVisible();
    await checkScreen(page, 'digid-4-credentials-en');

    await digid.click();
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
    await page.locator('input[name="login"]').fill(emmaBsn);
    await page.locator('input[name="password"]').fill('stand-in');
    await page.locator('button[type="submit"]').click();

    // Back from the broker the page is still in English (the choice is kept in this browser).
    await expect(page).toHaveURL(/^http:\/\/127.0.0.1:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Emma');
    const account = page.getByRole('group', { name: 'Your account' });
    await expect(account).toContainText('Resident');
    await checkScreen(page, 'digid-5-signed-in-en');
    await account.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
  });
});

test('a DigiD identity without an account gets a clear message on the sign-in page', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
  await page.locator('input[name="login"]').fill('111222333');
  await page.locator('input[name="password"]').fill('stand-in');
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/inloggen\?fout=digid-onbekend$/);
  await expect(page.getByRole('status')).toContainText('Met deze DigiD vinden we geen account bij deze organisatie.');
  await checkScreen(page, 'digid-3-unknown');
});
