import { expect } from '@playwright/test';
import { checkScreen, signIn } from './auth.js';
import { test, waitForPage } from './support.js';

test.slow();

test('the workspace sends a signed-out visitor to sign in, and a coach back to where they were going', async ({ page }) => {
  await page.goto('/werk/berichten');
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fwerk%2Fberichten$/);
  await waitForPage(page);
  await signIn(page, 'sanne.devries@wijkteam.demoland.example', { from: 'here' });
  await expect(page).toHaveURL(/\/werk\/berichten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Berichten');
  await expect(page.getByRole('group', { name: 'Uw account' })).toContainText('Coach');
});

test('a coach who signs in from the start page lands in the workspace; the account page signs out everywhere', async ({ page }) => {
  await signIn(page, 'lotte.visser@wijkteam.demoland.example');
  await expect(page).toHaveURL(/\/werk$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caseload');
  // Lotte has two roles, so the header offers a switch.
  await expect(page.getByLabel('Rol')).toBeVisible();
  await checkScreen(page, 'coach-1-workspace');

  await page.getByRole('link', { name: 'Lotte Visser' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  await checkScreen(page, 'coach-2-account');
  await page.getByRole('main').getByRole('button', { name: 'Overal uitloggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'U bent uitgelogd op al uw apparaten.' })).toBeVisible();
  await page.goto('/werk');
  await expect(page).toHaveURL(/\/inloggen/);
  await waitForPage(page);
});
