import { expect } from '@playwright/test';
import { checkScreen, demoPassword, enterCredentials, expectEnglishOnly, mailCount, readCode } from './auth.js';
import { test, waitForPage } from './support.js';

// The only journey that uses Mohamed (the Dutch pass) and Yara (the English one): a first sign-in can happen once per
// server run, so each pass has its own person.
const mohamed = 'mohamed.yilmaz@demoland.example';
const yara = 'yara.yilmaz@demoland.example';

test.slow();

test('first sign-in: code, a new password (too short first), the terms, then the portal', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  const before = await mailCount(page, mohamed);
  await enterCredentials(page, mohamed, demoPassword);
  const codeBox = page.getByLabel('Code uit de e-mail');
  await codeBox.fill(await readCode(page, mohamed, before));
  await codeBox.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
  const password = page.getByLabel('Nieuw wachtwoord');
  await expect(password).toHaveAccessibleDescription(/12 tot 128 tekens/);
  await checkScreen(page, 'first-sign-in-1-password');
  await password.fill('te-kort');
  await password.press('Enter');
  await expect(page.locator('.sp-error-summary')).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#signin-new-password-error')).not.toBeEmpty();
  await expect(password).toHaveValue('te-kort');
  await checkScreen(page, 'first-sign-in-2-password-error');

  await page.getByRole('button', { name: 'Wachtwoord tonen' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await password.fill('Groene fietsen op de dijk in mei');
  await password.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruiksvoorwaarden');
  await expect(page.getByText('U gebruikt uw eigen account')).toBeVisible();
  await checkScreen(page, 'first-sign-in-3-terms');
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page.getByLabel('Ik ga akkoord')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'first-sign-in-4-terms-error');
  // Keyboard: Space ticks the box, Tab reaches the button, Enter sends.
  await page.getByLabel('Ik ga akkoord').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Doorgaan' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Mohamed');
  await checkScreen(page, 'first-sign-in-5-done');
});

test('in English, first sign-in: code, a new password (too short first), the terms, then the portal', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  const before = await mailCount(page, yara);
  await enterCredentials(page, yara, demoPassword, { email: 'E-mail address', password: 'Password', toggle: 'Show password', organisation: 'Organisation', submit: 'Sign in' });
  const codeBox = page.getByLabel('Code from the e-mail');
  await codeBox.fill(await readCode(page, yara, before));
  await codeBox.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await expect(page.getByText('This is your first sign-in, so please choose a password of your own that only you know.')).toBeVisible();
  const password = page.getByLabel('New password');
  await expect(password).toHaveAccessibleDescription(/12 to 128 characters/);
  await expectEnglishOnly(page);
  await checkScreen(page, 'first-sign-in-6-password-en');
  await password.fill('too-short');
  await password.press('Enter');
  await expect(page.locator('.sp-error-summary')).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#signin-new-password-error')).toHaveText('Use at least 12 characters.');
  await expect(password).toHaveValue('too-short');
  await expectEnglishOnly(page);
  await checkScreen(page, 'first-sign-in-7-password-error-en');

  await page.getByRole('button', { name: 'Show password' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await password.fill('Green bicycles on the dyke in May');
  await password.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of use');
  // The English text of the terms, not the Dutch one.
  await expect(page.getByText('You use your own account')).toBeVisible();
  await expectEnglishOnly(page);
  await checkScreen(page, 'first-sign-in-8-terms-en');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('I agree')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('I agree')).toHaveAccessibleDescription(/Tick 'I agree' to continue\./);
  await expectEnglishOnly(page);
  await checkScreen(page, 'first-sign-in-9-terms-error-en');
  await page.getByLabel('I agree').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Yara');
  await expect(page.getByRole('group', { name: 'Your account' })).toContainText('Relative');
  await expectEnglishOnly(page);
  await checkScreen(page, 'first-sign-in-10-done-en');
});
