import { expect } from '@playwright/test';
import { checkScreen, demoPassword, enterCredentials, mailCount, readCode } from './auth.js';
import { test, waitForPage } from './support.js';

const ria = 'ria.deboer@demoland.example';

test.slow();

test('Ria signs in in English and lands in the portal as a relative', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(page).toHaveTitle('Sign in – Information – Samenplan');
  await checkScreen(page, 'english-1-credentials');

  const before = await mailCount(page, ria);
  await enterCredentials(page, ria, demoPassword, {
    email: 'E-mail address',
    password: 'Password',
    toggle: 'Show password',
    organisation: 'Organisation',
    submit: 'Sign in',
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code we e-mailed you');
  await checkScreen(page, 'english-2-code');
  const codeBox = page.getByLabel('Code from the e-mail');
  await codeBox.fill('12');
  await codeBox.press('Enter');
  await expect(page.locator('#signin-code-error')).toHaveText('Enter the 6 digits of the code.');
  await codeBox.fill(await readCode(page, ria, before));
  await codeBox.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Ria');
  const account = page.getByRole('group', { name: 'Your account' });
  await expect(account).toContainText('Relative');
  await checkScreen(page, 'english-3-signed-in');
  await account.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible();
});
