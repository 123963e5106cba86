import { expect, test } from '@playwright/test';
import { checkScreen } from './auth.js';
import { waitForPage } from './support.js';

// Kees works at Thuiszorg De Linde; the stand-in broker knows his KvK number. Signing in by eHerkenning changes nothing
// about his account, so the planning journey can sign him in by password at the same time.
const kees = 'kees.mulder@delinde.example';

test.slow();

/** Types `login` on the stand-in broker's sign-in page (a development page of oidc-provider, not ours). */
async function atBroker(page: import('@playwright/test').Page, login: string) {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('stand-in');
  await page.locator('button[type="submit"]').click();
}

// As in the DigiD journey: the plain Playwright test without the console-error guard (the broker's page loads a web
// font from the internet); axe runs on our own pages only.
test('provider professional Kees signs in with eHerkenning and lands in the workspace', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await expect(page.getByLabel('Organisatie')).toHaveValue('demoland');
  const eherkenning = page.getByRole('link', { name: 'Inloggen met eHerkenning' });
  await expect(eherkenning).toBeVisible();
  await expect(page.getByRole('link', { name: 'Inloggen met DigiD' })).toBeVisible();
  await checkScreen(page, 'eherkenning-1-credentials');

  // Keyboard: the link is reached and followed with Enter.
  await eherkenning.focus();
  await page.keyboard.press('Enter');
  await atBroker(page, kees);

  await expect(page).toHaveURL(/\/werk$/);
  await expect(page.getByRole('main').getByRole('link', { name: /Jan de Boer/ }).first()).toBeVisible();
  const me = await page.evaluate(async () => (await fetch('/api/me')).json());
  expect(me.person).toMatchObject({ firstName: 'Kees', surname: 'Mulder' });
  await checkScreen(page, 'eherkenning-2-signed-in');
});

test('in English, an eHerkenning identity without an account gets a clear message on the sign-in page', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Sign in with eHerkenning' }).click();
  await atBroker(page, '41234567/onbekend@delinde.example');
  await expect(page).toHaveURL(/\/inloggen\?fout=eherkenning-onbekend$/);
  await expect(page.getByRole('status')).toContainText('We find no account at this organisation for this eHerkenning.');
  await checkScreen(page, 'eherkenning-3-unknown-en');
  // Back to Dutch for whoever uses this browser profile next (the choice is kept in this browser only).
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('status')).toContainText('Met deze eHerkenning vinden we geen account bij deze organisatie.');
});
