import { expect } from '@playwright/test';
import { checkScreen, demoPassword, enterCredentials, mailCount, readCode } from './auth.js';
import { test, waitForPage } from './support.js';

// The only journey that uses Mohamed: his first sign-in can happen once per server run.
const mohamed = 'mohamed.yilmaz@demoland.example';

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
