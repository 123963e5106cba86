import { expect, type Page } from '@playwright/test';
import { totpCodeAt } from '../apps/server/src/modules/identity/totp.js';
import { checkScreen, demoPassword, signIn } from './auth.js';
import { test, waitForPage } from './support.js';

// The only journey that uses Fatima: she links an authenticator app.
const fatima = 'fatima.elamrani@demoland.example';

test.slow();

async function enterPassword(page: Page) {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByLabel('E-mailadres').fill(fatima);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul de code uit uw app in');
}

async function signOut(page: Page) {
  await page.getByRole('group', { name: 'Uw account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
}

test('Fatima links an app, keeps the recovery codes, then signs in with a code from the app and with a recovery code', async ({ page }) => {
  await signIn(page, fatima);
  await expect(page).toHaveURL(/\/werk/);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  const section = page.getByRole('region', { name: 'Inloggen met een app' });
  await section.getByRole('button', { name: 'App koppelen' }).click();

  const qr = section.getByRole('img', { name: /QR-code om Samenplan aan uw app te koppelen/ });
  await expect(qr).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Koppel de app' })).toBeFocused();
  const secret = (await section.locator('.sp-secret code').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  const codeBox = section.getByLabel('Code uit uw app');
  await checkScreen(page, 'totp-1-scan');

  // A wrong code first: marked at the field.
  await codeBox.fill('12345');
  await codeBox.press('Enter');
  await expect(section.locator('.sp-error-summary')).toBeFocused();
  await expect(codeBox).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'totp-2-scan-error');

  // Keyboard: the code, Tab to "Koppelen", Enter.
  await codeBox.fill('');
  await codeBox.focus();
  const now = new Date();
  await page.keyboard.type(await totpCodeAt(secret, now));
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Koppelen' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(section.getByRole('heading', { name: 'Uw herstelcodes' })).toBeFocused();
  const codes = section.locator('.sp-recovery-codes li');
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().innerText()).trim();
  expect(recoveryCode).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/);
  await checkScreen(page, 'totp-3-recovery-codes');
  await section.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
  await expect(section.getByText('De app is gekoppeld.')).toBeVisible();
  await expect(codes).toHaveCount(0);
  await signOut(page);

  // Sign in again: the app's code instead of a mail. A used code never works twice, so take the next period's.
  await enterPassword(page);
  await expect(page.getByLabel('Code uit uw app')).toHaveAttribute('autocomplete', 'one-time-code');
  await checkScreen(page, 'totp-4-sign-in-step');
  await page.getByLabel('Code uit uw app').fill('000000' === (await totpCodeAt(secret, new Date(now.getTime() + 30_000))) ? '111111' : '000000');
  await page.getByLabel('Code uit uw app').press('Enter');
  await expect(page.locator('.sp-error-summary')).toBeFocused();
  await expect(page.locator('#signin-totp-code-error')).not.toBeEmpty();
  await checkScreen(page, 'totp-5-sign-in-wrong');
  await page.getByLabel('Code uit uw app').fill(await totpCodeAt(secret, new Date(now.getTime() + 30_000)));
  await page.getByLabel('Code uit uw app').press('Enter');
  await expect(page).toHaveURL(/\/werk/);
  await signOut(page);

  // And once with a recovery code, switching with the keyboard.
  await enterPassword(page);
  await page.getByRole('button', { name: 'Gebruik een herstelcode' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul een herstelcode in');
  await expect(page.getByLabel('Herstelcode')).toBeFocused();
  await checkScreen(page, 'totp-6-recovery-step');
  await page.getByLabel('Herstelcode').focus();
  await page.keyboard.type(recoveryCode);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/werk/);
  await signOut(page);

  // The e-mail fallback switches to the e-mailed code step.
  await enterPassword(page);
  await page.getByRole('button', { name: 'Stuur mij een code per e-mail' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul de code in die we u hebben gemaild');
});
