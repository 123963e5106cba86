import { expect } from '@playwright/test';
import { checkScreen, demoPassword, enterCredentials, mailCount, readCode } from './auth.js';
import { test, waitForPage } from './support.js';

const jan = 'jan.deboer@demoland.example';

test.slow();

test('resident Jan signs in with the e-mailed code, sees his name and signs out', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  await checkScreen(page, 'sign-in-0-home-signed-out');
  await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
  await expect(page.getByLabel('Organisatie')).toHaveValue('demoland');
  await checkScreen(page, 'sign-in-1-credentials');

  const before = await mailCount(page, jan);
  await enterCredentials(page, jan, demoPassword);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul de code in die we u hebben gemaild');
  const codeBox = page.getByLabel('Code uit de e-mail');
  await expect(codeBox).toHaveAttribute('inputmode', 'numeric');
  await expect(codeBox).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(page.getByText('De code werkt 5 minuten.')).toBeVisible();
  await checkScreen(page, 'sign-in-2-code');

  // Tab order: code, "Verzenden", "Opnieuw versturen"; Enter in the field sends it.
  await codeBox.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verzenden' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opnieuw versturen' })).toBeFocused();
  await codeBox.focus();
  await page.keyboard.type(await readCode(page, jan, before));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');
  const account = page.getByRole('group', { name: 'Uw account' });
  await expect(account.getByRole('link', { name: 'Jan de Boer' })).toBeVisible();
  await expect(account).toContainText('Inwoner');
  await checkScreen(page, 'sign-in-3-signed-in');

  await account.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('status').filter({ hasText: 'U bent uitgelogd.' })).toBeVisible();
  await checkScreen(page, 'sign-in-4-signed-out');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom bij Mijn Samenplan');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Inloggen' })).toBeVisible();
});
