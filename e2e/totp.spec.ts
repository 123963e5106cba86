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

// Shared by the Dutch and the English pass (one worker runs them in order).
let secret = '';
let recoveryCodes: string[] = [];
let lastCodeAt = 0;

async function signOut(page: Page) {
  // Let the caseload finish loading first: signing out under a running request makes it answer 401 (a console error).
  await page.waitForLoadState('networkidle');
  await page.getByRole('group', { name: 'Uw account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
}

test.describe.serial('Fatima with an app', () => {
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
    secret = (await section.locator('.sp-secret code').innerText()).replace(/\s/g, '');
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
    recoveryCodes = (await codes.allInnerTexts()).map((code) => code.trim());
    const recoveryCode = recoveryCodes[0]!;
    expect(recoveryCode).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/);
    await checkScreen(page, 'totp-3-recovery-codes');
    await section.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    await expect(section.getByText('De app is gekoppeld.')).toBeVisible();
    await expect(section.getByText('Er is een app gekoppeld aan uw account.')).toBeVisible();
    await expect(section.getByRole('button', { name: 'App ontkoppelen' })).toBeVisible();
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
    lastCodeAt = now.getTime() + 30_000;
    await page.getByLabel('Code uit uw app').fill(await totpCodeAt(secret, new Date(lastCodeAt)));
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

  test('in English, Fatima signs in with a code from her app and with a recovery code', async ({ page }) => {
    test.setTimeout(150_000);
    const enterPasswordInEnglish = async () => {
      await page.goto('/inloggen');
      await waitForPage(page);
      const main = page.getByRole('main');
      await main.getByLabel('E-mail address').fill(fatima);
      await main.getByLabel('Password', { exact: true }).fill(demoPassword);
      await main.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your app');
    };
    const signOutInEnglish = async () => {
      await page.waitForLoadState('networkidle');
      await page.getByRole('group', { name: 'Your account' }).getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/inloggen/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    };

    await page.goto('/inloggen');
    await waitForPage(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await enterPasswordInEnglish();
    const codeBox = page.getByLabel('Code from your app');
    await expect(codeBox).toHaveAccessibleDescription('The code has 6 digits and changes every 30 seconds.');
    await expect(page.getByRole('button', { name: 'Use a recovery code' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'E-mail me a code' })).toBeVisible();
    await checkScreen(page, 'totp-7-sign-in-step-en');

    // Five digits, then a wrong code of six: both said in English, the first by the page, the second by the server.
    await codeBox.fill('12345');
    await codeBox.press('Enter');
    await expect(page.locator('.sp-error-summary')).toBeFocused();
    await expect(page.locator('#signin-totp-code-error')).toContainText('Enter the 6 digits of the code.');
    const valid = await Promise.all([-30_000, 0, 30_000].map((offset) => totpCodeAt(secret, new Date(Date.now() + offset))));
    await codeBox.fill(['000000', '111111', '222222', '333333'].find((code) => !valid.includes(code))!);
    await codeBox.press('Enter');
    await expect(page.locator('#signin-totp-code-error')).toContainText('This code is not right. Look again at the e-mail or your app.');
    await expect(page.locator('.sp-error-summary')).toBeFocused();
    await checkScreen(page, 'totp-8-sign-in-wrong-en');

    // A used code never works twice: wait until the period of the last code used has begun, then take the next one.
    const periodOfLastCode = Math.floor(lastCodeAt / 30_000) * 30_000;
    await page.waitForTimeout(Math.max(0, periodOfLastCode - Date.now() + 500));
    await codeBox.fill(await totpCodeAt(secret, new Date(Date.now() + 30_000)));
    await codeBox.press('Enter');
    await expect(page).toHaveURL(/\/werk/);
    await expect(page.getByRole('group', { name: 'Your account' })).toContainText('Consultant');
    await signOutInEnglish();

    // With a recovery code (the first was used in the Dutch pass); a used one is refused in English.
    await enterPasswordInEnglish();
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter a recovery code');
    const recoveryBox = page.getByLabel('Recovery code');
    await expect(recoveryBox).toBeFocused();
    await expect(recoveryBox).toHaveAccessibleDescription('For example: k7m2-q9xd');
    await recoveryBox.fill(recoveryCodes[0]!);
    await recoveryBox.press('Enter');
    await expect(page.locator('.sp-error-summary')).toBeFocused();
    await expect(page.locator('.sp-error-summary')).toContainText('This recovery code is not right or was used.');
    await checkScreen(page, 'totp-9-recovery-used-en');
    await recoveryBox.fill(recoveryCodes[1]!);
    await recoveryBox.press('Enter');
    await expect(page).toHaveURL(/\/werk/);

    // Fatima may unlink her app (the server refuses it only where the organisation demands an app or passkey of staff
    // and this is the last one: strong-factor.test.ts). The next sign-in mails a code again, and the demo is as it was.
    await page.goto('/account');
    await waitForPage(page);
    const section = page.getByRole('region', { name: 'Sign in with an app' });
    await expect(section.getByText('An authenticator app is linked to your account.')).toBeVisible();
    await section.getByRole('button', { name: 'Unlink the app' }).click();
    await expect(section.getByText('The app has been unlinked.')).toBeVisible();
    await expect(section.getByText('An authenticator app is linked to your account.')).toHaveCount(0);
    await expect(section.getByRole('button', { name: 'Link an app' })).toBeVisible();
    await checkScreen(page, 'totp-11-unlinked-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await signOut(page);
  });
});
