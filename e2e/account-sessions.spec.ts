import { expect } from '@playwright/test';
import { checkScreen, demoPassword, signIn } from './auth.js';
import { test } from './support.js';

// The only journey that uses Noor: her password changes here.
const noor = 'noor.hendriks@hetanker.example';

test.slow();

test('Noor ends her session on another device, then changes her password', async ({ page, browser }) => {
  // The "other device": a second browser context, signed in first.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, noor);
  await expect(otherPage).toHaveURL(/\/werk/);

  await signIn(page, noor);
  await expect(page).toHaveURL(/\/werk/);
  await page.goto('/account');
  const sessions = page.getByRole('region', { name: 'Waar bent u ingelogd' });
  const items = sessions.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ has: page.getByText('Dit apparaat', { exact: true }) })).toHaveCount(1);
  await expect(items.first()).toContainText(/^Chrome op /);
  await checkScreen(page, 'account-1-overview');

  // Keyboard: Tab reaches the one "Uitloggen op dit apparaat" button; Enter ends the other session.
  const end = sessions.getByRole('button', { name: /^Uitloggen op dit apparaat/ });
  await expect(end).toHaveCount(1);
  await end.focus();
  await page.keyboard.press('Enter');
  await expect(sessions.getByText(/^U bent uitgelogd op /)).toBeVisible();
  await expect(items).toHaveCount(1);
  await expect(sessions.getByRole('heading', { name: 'Waar bent u ingelogd' })).toBeFocused();

  // The other device finds out on its next action.
  await otherPage.goto('/account');
  await expect(otherPage).toHaveURL(/\/inloggen/);
  await other.close();

  // Change the password: a wrong current one first, then a too short new one, then right.
  const form = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
  const current = form.getByLabel('Huidig wachtwoord');
  const next = form.getByLabel('Nieuw wachtwoord');
  await current.fill('niet-het-goede-wachtwoord');
  await next.fill('Blauwe boten op de rivier');
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(form.locator('.sp-error-summary')).toBeFocused();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'account-2-password-error');

  await current.fill(demoPassword);
  await next.fill('kort');
  await next.press('Enter');
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(current).not.toHaveAttribute('aria-invalid', 'true');

  // Keyboard: current, new, show/hide, button.
  await current.focus();
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Blauwe boten op de rivier');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Wachtwoord tonen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Wachtwoord wijzigen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByText(/^Uw wachtwoord is gewijzigd./)).toBeVisible();
  await expect(current).toHaveValue('');
  await checkScreen(page, 'account-3-password-changed');

  // Still signed in here.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
});
