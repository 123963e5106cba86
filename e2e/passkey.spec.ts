import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { checkScreen, demoPassword, signIn } from './auth.js';
import { test, waitForPage } from './support.js';

// Bram makes a passkey with Chromium's virtual authenticator, signs in with it after his password and without a
// password, and removes it again at the end. No other journey signs Bram in: while he has a passkey his sign-in
// offers it instead of the e-mailed code.
const bram = 'bram.dewit@hetanker.example';
// Browsers do not accept an IP address as passkey party: this journey opens the app at localhost (the server treats
// a PUBLIC_URL of 127.0.0.1 as localhost for passkeys).
const base = `http://localhost:${process.env.E2E_PORT ?? '3100'}`;

test.slow();

async function screen(page: Page, name: string) {
  await checkScreen(page, name);
  fs.mkdirSync('/tmp/shots', { recursive: true });
  for (const width of [390, 1280]) fs.copyFileSync(`test-results/screens/${name}-${width}.png`, `/tmp/shots/${name}-${width}.png`);
}

/** Signs out and starts again at a plain /inloggen (signing out on /account would bring the next sign-in back there). */
async function signOut(page: Page) {
  await page.getByRole('group', { name: 'Uw account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto(`${base}/inloggen`);
  await waitForPage(page);
}

test('Bram adds a passkey, signs in with it after his password and without one, in Dutch and in English, and removes it', async ({ page }) => {
  test.setTimeout(180_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });

  // The gate of an organisation that demands an app or passkey of staff is a tenant setting, which journeys must not
  // change (they share one server): the answer to the code step is bent to show its screen once. The server side of
  // the gate is tested in passkeys.test.ts.
  await page.route(`${base}/api/auth/email-code`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as object), next: 'enrol-second-factor' } });
  });
  await page.goto(`${base}/inloggen`);
  await signIn(page, bram, { from: 'here' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beveilig uw account met een app of passkey');
  await expect(page.getByRole('region', { name: 'Inloggen met een passkey' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Inloggen met een app' })).toBeVisible();
  await screen(page, 'passkey-0-gate');
  await page.unroute(`${base}/api/auth/email-code`);

  await page.goto(`${base}/account`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  const section = page.getByRole('region', { name: 'Inloggen met een passkey' });
  await expect(section.getByText('U heeft nog geen passkey.')).toBeVisible();
  await section.getByLabel('Naam van de passkey').scrollIntoViewIfNeeded();
  await screen(page, 'passkey-1-account');

  // No name: said at the field, nothing made.
  await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
  await expect(section.locator('.sp-error-summary')).toBeFocused();
  await expect(section.getByLabel('Naam van de passkey')).toHaveAttribute('aria-invalid', 'true');
  await screen(page, 'passkey-2-no-name');

  // With the keyboard: the name, Tab to the button, Enter; the virtual authenticator answers.
  await section.getByLabel('Naam van de passkey').focus();
  await page.keyboard.type('telefoon');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Passkey toevoegen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByText('De passkey telefoon is toegevoegd.')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'telefoon', level: 3 })).toBeVisible();
  await expect(section.getByText('Nog niet gebruikt')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Inloggen met een passkey' })).toBeFocused();
  await screen(page, 'passkey-3-added');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);
  await signOut(page);

  // After the password the passkey is the second step; no code is mailed.
  const main = page.getByRole('main');
  await main.getByLabel('E-mailadres').fill(bram);
  await main.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await main.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen met uw passkey');
  await expect(main.getByRole('button', { name: 'Stuur mij een code per e-mail' })).toBeVisible();
  await screen(page, 'passkey-4-second-step');
  await main.getByRole('button', { name: 'Passkey gebruiken' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/werk/);
  await signOut(page);

  // Without a password: the organisation is remembered, the passkey names the account.
  await waitForPage(page);
  await screen(page, 'passkey-5-sign-in-page');
  await main.getByRole('button', { name: 'Inloggen met een passkey' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/werk/);

  // The same in English, before the passkey goes.
  await signOut(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expect(main.getByText('Did you make a passkey on your phone or computer? Then you can sign in with it, without a password.')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await screen(page, 'passkey-7-sign-in-page-en');
  await main.getByRole('button', { name: 'Sign in with a passkey', exact: true }).click();
  await expect(page).toHaveURL(/\/werk/);
  const account = page.getByRole('group', { name: 'Your account' });
  await expect(account).toContainText('Bram');
  await expect(account).toContainText('Care provider');
  await screen(page, 'passkey-8-signed-in-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  // The account page says when it was last used; removing it leaves none.
  await page.goto(`${base}/account`);
  await expect(section.getByText(/^Laatst gebruikt: /)).toBeVisible();
  await section.getByRole('button', { name: 'Passkey telefoon verwijderen' }).click();
  await expect(section.getByText('De passkey telefoon is verwijderd.')).toBeVisible();
  await expect(section.getByText('U heeft nog geen passkey.')).toBeVisible();
  await screen(page, 'passkey-6-removed');
});
