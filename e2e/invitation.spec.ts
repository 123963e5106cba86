import { expect, type Browser, type Page } from '@playwright/test';
import { checkScreen, mailCount, readCode, readMail, signIn } from './auth.js';
import { test, waitForPage } from './support.js';

const peter = 'peter.jansen@demoland.example';
const newPassword = 'Rustige-wandeling-langs-de-dijk';

test.slow();
test.describe.configure({ mode: 'serial' });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Peter (administrator) invites a new professional with a unique address; the link from the mail, as path and query. */
async function inviteProfessional(browser: Browser, firstName: string, language: 'nl' | 'en') {
  const admin = await browser.newPage();
  await signIn(admin, peter);
  await expect(admin).not.toHaveURL(/\/inloggen/);
  const csrf = ((await (await admin.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
  const organisations = (await (await admin.request.get('/api/organisations')).json()) as { items: { id: string; kind: string }[] };
  const organisationId = organisations.items[0]!.id;
  const email = `uitnodiging.${Date.now()}.${Math.floor(Math.random() * 1e6)}@demoland.example`;
  const before = await mailCount(admin, email);
  const response = await admin.request.post('/api/staff', {
    data: { firstName, surname: 'Nieuw', email, organisationId, roles: ['consultant'], language },
    headers: { 'x-csrf-token': csrf },
  });
  expect(response.status(), await response.text()).toBe(201);
  const link = await readMail(admin, email, before, /https?:\/\/\S*\/uitnodiging\?\S+/);
  await admin.close();
  const url = new URL(link);
  return { email, path: `${url.pathname}${url.search}` };
}

test('a new professional accepts the invitation in Dutch, signs in, and the link is used up', async ({ browser }) => {
  const invited = await inviteProfessional(browser, 'Merel', 'nl');
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto(invited.path);
  await waitForPage(page);
  await expect(heading(page)).toHaveText('Welkom, Merel. Kies een wachtwoord');
  await checkScreen(page, 'invitation-1-valid');
  await page.screenshot({ path: '/tmp/shots/invitation-valid-1280.png', fullPage: true });

  // Too short: the server says so at the field, and the summary links to it.
  const field = page.getByLabel('Nieuw wachtwoord');
  await field.fill('kort');
  await page.getByRole('button', { name: 'Account maken' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Nieuw wachtwoord' });
  await expect(summary).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'invitation-2-too-short');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots/invitation-error-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await field.fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord tonen' }).click();
  await expect(field).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Account maken' }).click();

  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('status').filter({ hasText: 'Uw account is klaar. Log in met uw e-mailadres en het nieuwe wachtwoord.' })).toBeVisible();
  await expect(page.getByLabel('Organisatie')).toHaveValue('demoland');
  await checkScreen(page, 'invitation-3-sign-in');
  await page.screenshot({ path: '/tmp/shots/invitation-signin-1280.png', fullPage: true });

  const before = await mailCount(page, invited.email);
  const main = page.getByRole('main');
  await main.getByLabel('E-mailadres').fill(invited.email);
  await main.getByLabel('Wachtwoord', { exact: true }).fill(newPassword);
  await main.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(heading(page)).toHaveText('Vul de code in die we u hebben gemaild');
  await page.getByLabel('Code uit de e-mail').fill(await readCode(page, invited.email, before));
  await page.getByRole('button', { name: 'Verzenden' }).click();
  // A new account agrees to the terms of use once.
  await expect(heading(page)).toHaveText('Gebruiksvoorwaarden');
  await page.getByRole('checkbox', { name: 'Ik ga akkoord' }).check();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await expect(page).not.toHaveURL(/\/inloggen/);
  const me = (await (await page.request.get('/api/me')).json()) as { person: { firstName: string }; roles: string[] };
  expect(me.person.firstName).toBe('Merel');
  expect(me.roles).toEqual(['consultant']);

  // The same link again, in a fresh browser: used.
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto(invited.path);
  await waitForPage(again);
  await expect(heading(again)).toHaveText('Deze link is al gebruikt');
  await expect(again.getByRole('main').getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute('href', '/inloggen');
  await expect(again.getByRole('main').getByRole('link', { name: 'Wachtwoord vergeten?' })).toHaveAttribute('href', '/wachtwoord-vergeten');
  await checkScreen(again, 'invitation-4-used');
  await again.screenshot({ path: '/tmp/shots/invitation-used-1280.png', fullPage: true });

  // A link that is not right.
  await again.goto('/uitnodiging?organisatie=demoland&token=abcdefghijklmnopqrstuvwxyz0123456789');
  await expect(heading(again)).toHaveText('Deze link klopt niet');
  await checkScreen(again, 'invitation-5-invalid');
  await other.close();
  await context.close();
});

test('a replaced link says it no longer works and offers a new one; the new link in English', async ({ browser }) => {
  const invited = await inviteProfessional(browser, 'Olivia', 'nl');
  const context = await browser.newContext();
  const page = await context.newPage();
  const old = new URL(invited.path, 'http://localhost');
  const link = { organisation: old.searchParams.get('organisatie'), token: old.searchParams.get('token') };

  // A new link replaces the old one: the old link then counts as expired.
  await page.goto('/');
  const before = await mailCount(page, invited.email);
  const renewed = await page.request.post('/api/invitations/renew', { data: link });
  expect(renewed.status(), await renewed.text()).toBe(202);
  const fresh = new URL(await readMail(page, invited.email, before, /https?:\/\/\S*\/uitnodiging\?\S+/));

  await page.goto(invited.path);
  await waitForPage(page);
  await expect(heading(page)).toHaveText('Deze link werkt niet meer');
  await checkScreen(page, 'invitation-6-expired');
  await page.getByRole('button', { name: 'Vraag een nieuwe link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Als de uitnodiging bij ons bekend is, sturen we een nieuwe link.' })).toBeVisible();
  await checkScreen(page, 'invitation-7-renewed');
  await page.screenshot({ path: '/tmp/shots/invitation-renewed-1280.png', fullPage: true });

  // The new link, in English.
  await page.goto(`${fresh.pathname}${fresh.search}`);
  await waitForPage(page);
  await expect(heading(page)).toHaveText('Welkom, Olivia. Kies een wachtwoord');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Welcome, Olivia. Choose a password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'invitation-8-valid-en');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/shots/invitation-valid-en-390.png', fullPage: true });
  await context.close();
});
