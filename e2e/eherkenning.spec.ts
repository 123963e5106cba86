import { expect, test } from '@playwright/test';
import { atBroker, checkScreen } from './auth.js';
import { waitForPage } from './support.js';

// Kees works at Thuiszorg De Linde; the stand-in broker knows his KvK number. Signing in by eHerkenning changes nothing
// about his account, so the planning journey can sign him in by password at the same time.
const kees = 'kees.mulder@delinde.example';

test.slow();

// As in the DigiD journey: the plain Playwright test without the console-error guard (the broker's page loads a web
// font from the internet); axe runs on our own pages only.
test('a resident sees DigiD, and eHerkenning only after asking "Werkt u bij een zorgaanbieder?"', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await expect(page.getByRole('link', { name: 'Inloggen met DigiD' })).toBeVisible();
  const eherkenning = page.getByRole('link', { name: 'Inloggen met eHerkenning' });
  await expect(eherkenning).toBeHidden();
  // Keyboard: the question opens with Enter and shows the link.
  const question = page.getByText('Werkt u bij een zorgaanbieder?');
  await question.focus();
  await page.keyboard.press('Enter');
  await expect(eherkenning).toBeVisible();
  await checkScreen(page, 'eherkenning-0-resident-disclosure');
});

test('provider professional Kees, on his way to the workspace, signs in with eHerkenning and lands there', async ({ page }) => {
  await page.goto('/werk');
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fwerk$/);
  await waitForPage(page);
  await expect(page.getByLabel('Organisatie')).toHaveValue('demoland');
  const eherkenning = page.getByRole('link', { name: 'Inloggen met eHerkenning' });
  await expect(eherkenning).toBeVisible();
  await expect(page.getByRole('link', { name: 'Inloggen met DigiD' })).toBeVisible();
  await expect(page.getByText('Werkt u bij een zorgaanbieder?')).toHaveCount(0);
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
  await page.getByText('Do you work for a care provider?').click();
  await page.getByRole('link', { name: 'Sign in with eHerkenning' }).click();
  await atBroker(page, '41234567/onbekend@delinde.example');
  await expect(page).toHaveURL(/\/inloggen\?fout=eherkenning-onbekend$/);
  await expect(page.getByRole('status')).toContainText('We find no account at this organisation for this eHerkenning.');
  await checkScreen(page, 'eherkenning-3-unknown-en');
  // Back to Dutch for whoever uses this browser profile next (the choice is kept in this browser only).
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('status')).toContainText('Met deze eHerkenning vinden we geen account bij deze organisatie.');
});
