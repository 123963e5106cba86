import { expect, test, type Page } from '@playwright/test';
import { atBroker, checkScreen, expectEnglishOnly } from './auth.js';
import { waitForPage } from './support.js';

// Emma's BSN in the demo tenant (a 99999xxxx test number).
const emmaBsn = '999990032';

test.slow();

/**
 * From the sign-in page (in the language of the pass), through its DigiD link (named `link`) and the broker with `bsn`,
 * back to our own site; `screen` names the sign-in page's screenshot, if one is wanted.
 */
async function throughDigid(page: Page, link: string, { bsn = emmaBsn, screen }: { bsn?: string; screen?: string } = {}) {
  const digid = page.getByRole('link', { name: link });
  await expect(digid).toBeVisible();
  if (screen) await checkScreen(page, screen);
  await digid.click();
  await atBroker(page, bsn);
}

// The stand-in DigiD broker's sign-in page is not ours (a development page of oidc-provider that tries to load a web
// font from the internet), so this journey uses the plain Playwright test without the console-error guard and checks
// axe on our own pages only.
// The Dutch pass first, then the English one (both sign Emma in; serial keeps them apart).
test.describe.serial('Emma with DigiD', () => {
  test('a resident signs in with DigiD through the broker and lands on her home page', async ({ page }) => {
    await page.goto('/inloggen');
    await waitForPage(page);
    await throughDigid(page, 'Inloggen met DigiD', { screen: 'digid-1-credentials' });

    await expect(page).toHaveURL(/^http:\/\/127.0.0.1:\d+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Emma');
    await checkScreen(page, 'digid-2-signed-in');
  });

  test('in English, a resident signs in with DigiD through the broker and lands on her home page', async ({ page }) => {
    await page.goto('/inloggen');
    await waitForPage(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.getByRole('link', { name: 'Inloggen met DigiD' })).toHaveCount(0);
    await expectEnglishOnly(page);
    await throughDigid(page, 'Sign in with DigiD', { screen: 'digid-4-credentials-en' });

    // Back from the broker the page is still in English (the choice is kept in this browser).
    await expect(page).toHaveURL(/^http:\/\/127.0.0.1:\d+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Emma');
    const account = page.getByRole('group', { name: 'Your account' });
    await expect(account).toContainText('Resident');
    // Her actions are in the words they were written in.
    await expectEnglishOnly(page, { data: '.sp-dos-action__text' });
    await checkScreen(page, 'digid-5-signed-in-en');
    await account.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
  });
});

test('a DigiD identity without an account gets a clear message on the sign-in page', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await throughDigid(page, 'Inloggen met DigiD', { bsn: '111222333' });
  await expect(page).toHaveURL(/\/inloggen\?fout=digid-onbekend$/);
  await expect(page.getByRole('status')).toContainText('Met deze DigiD vinden we geen account bij deze organisatie.');
  await checkScreen(page, 'digid-3-unknown');
});
