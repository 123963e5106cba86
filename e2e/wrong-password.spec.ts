import { expect } from '@playwright/test';
import { checkScreen, enterCredentials } from './auth.js';
import { test, waitForPage } from './support.js';

// Emma, so that this failure never counts against the accounts the other journeys sign in with.
const emma = 'emma.smit@demoland.example';

test('a wrong password gives one message, focus on the summary, and keeps the e-mail address', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await enterCredentials(page, emma, 'niet-het-goede-wachtwoord');
  const summary = page.locator('.sp-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('E-mailadres, wachtwoord of organisatie klopt niet.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
  await expect(page.getByLabel('E-mailadres')).toHaveValue(emma);
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveValue('niet-het-goede-wachtwoord');
  await checkScreen(page, 'wrong-password');
});

test('empty fields are named in the summary and marked at the field', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByLabel('E-mailadres').fill(emma);
  await page.getByLabel('E-mailadres').press('Enter');
  const summary = page.locator('.sp-error-summary');
  await expect(summary).toBeFocused();
  const password = page.getByLabel('Wachtwoord', { exact: true });
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Vul uw wachtwoord in.');
  await summary.getByRole('link', { name: 'Wachtwoord: Vul uw wachtwoord in.' }).click();
  await expect(password).toBeFocused();
  await expect(page.getByLabel('E-mailadres')).toHaveValue(emma);
  await checkScreen(page, 'missing-password');
});
