import { expect } from '@playwright/test';
import { checkScreen, expectEnglishOnly, mailCount, readCode, readMail } from './auth.js';
import { test, waitForPage } from './support.js';

// The only journey that uses Wim (a consultant without dossiers): his password changes here and his sessions end, so
// no other journey may sign him in. The Dutch pass first, then the English one from the password the first set.
const wim = 'wim.kok@demoland.example';
const newPassword = 'Rode tulpen langs het fietspad';
const englishPassword = 'Blue herons along the old canal';

test.slow();

test.describe.configure({ mode: 'serial' });

// The server mails one link a minute per account at most (and answers the same either way), so the English pass waits
// until a minute has passed since the Dutch pass asked for its link.
const linkInterval = 60_000;
let dutchLinkAskedAt = 0;

test('forgot password: ask for a link, follow it, the code, a new password, signed in; the link works once', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
  await checkScreen(page, 'forgot-1-form');

  // Empty form: both fields are marked and the summary gets focus.
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.locator('.sp-error-summary')).toBeFocused();
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'forgot-2-error');

  // Keyboard: e-mail, Tab to organisation, Tab to the button, Enter.
  const before = await mailCount(page, wim);
  await page.getByLabel('E-mailadres').focus();
  await page.keyboard.type(wim);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Organisatie')).toBeFocused();
  await expect(page.getByLabel('Organisatie')).toHaveValue('demoland');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Stuur mij een link' })).toBeFocused();
  dutchLinkAskedAt = Date.now();
  await page.keyboard.press('Enter');
  const sent = page.getByRole('status').filter({ hasText: 'Als dit e-mailadres bij ons bekend is, sturen we een link. De link werkt 4 uur.' });
  await expect(sent).toBeVisible();
  await checkScreen(page, 'forgot-3-sent');

  // The mailed link points at PUBLIC_URL; follow its path on this server.
  const link = new URL(await readMail(page, wim, before, /https?:\/\/\S+\/wachtwoord-herstellen\?\S+/));
  const path = `${link.pathname}${link.search}`;
  const codesBefore = await mailCount(page, wim);
  await page.goto(path);
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul de code in die we u hebben gemaild');
  await page.getByLabel('Code uit de e-mail').fill(await readCode(page, wim, codesBefore));
  await page.getByLabel('Code uit de e-mail').press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kies een nieuw wachtwoord');
  await expect(page.getByText('Kies een nieuw wachtwoord dat alleen u weet.')).toBeVisible();
  await checkScreen(page, 'forgot-4-new-password');
  await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
  await page.getByLabel('Nieuw wachtwoord').press('Enter');
  await expect(page).toHaveURL(/\/werk/);
  const account = page.getByRole('group', { name: 'Uw account' });
  await expect(account).toContainText('Wim Kok');
  await account.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);

  // The same link a second time: refused, with a way to ask for a new one.
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet meer');
  await expect(page.getByRole('link', { name: 'Vraag een nieuwe link' })).toBeVisible();
  await checkScreen(page, 'forgot-5-link-used');
  await page.getByRole('link', { name: 'Vraag een nieuwe link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');

  // The new password works.
  await page.goto('/inloggen');
  await waitForPage(page);
  const lastBefore = await mailCount(page, wim);
  await page.getByLabel('E-mailadres').fill(wim);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByLabel('Code uit de e-mail').fill(await readCode(page, wim, lastBefore));
  await page.getByRole('button', { name: 'Verzenden' }).click();
  await expect(page).toHaveURL(/\/werk/);
});

test('in English, forgot password: ask for a link, follow it, the code, a new password, signed in; the link works once', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/wachtwoord-vergeten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password');
  await expectEnglishOnly(page);
  await checkScreen(page, 'forgot-6-form-en');

  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.locator('.sp-error-summary')).toBeFocused();
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
  await expectEnglishOnly(page);
  await checkScreen(page, 'forgot-7-error-en');

  await page.getByLabel('E-mail address').fill(wim);
  await expect(page.getByLabel('Organisation')).toHaveValue('demoland');
  const wait = dutchLinkAskedAt + linkInterval + 2_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  // The count right before the step that sends the link: readMail waits for a mail that came after it.
  const before = await mailCount(page, wim);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'If we know this e-mail address, we will send a link. The link works for 4 hours.' })).toBeVisible();
  await expectEnglishOnly(page);
  await checkScreen(page, 'forgot-8-sent-en');
  const link = new URL(await readMail(page, wim, before, /https?:\/\/\S+\/wachtwoord-herstellen\?\S+/));
  const path = `${link.pathname}${link.search}`;

  // Following the link sends the code: count right before it, so the code read is this step's and not the Dutch
  // pass's (the stale code CI once read).
  const codesBefore = await mailCount(page, wim);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code we e-mailed you');
  await expectEnglishOnly(page);
  await checkScreen(page, 'forgot-9-code-en');
  await page.getByLabel('Code from the e-mail').fill(await readCode(page, wim, codesBefore));
  await page.getByLabel('Code from the e-mail').press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
  await expect(page.getByText('Choose a new password that only you know. You will then be signed in.')).toBeVisible();
  await expectEnglishOnly(page);
  await checkScreen(page, 'forgot-10-new-password-en');
  await page.getByLabel('New password').fill(englishPassword);
  await page.getByLabel('New password').press('Enter');
  await expect(page).toHaveURL(/\/werk/);
  const account = page.getByRole('group', { name: 'Your account' });
  await expect(account).toContainText('Wim Kok');
  await expect(account).toContainText('Consultant');
  await account.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');

  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await expectEnglishOnly(page);
  await checkScreen(page, 'forgot-11-link-used-en');

  // The password of the Dutch pass no longer works; the new one does.
  await page.goto('/inloggen');
  await waitForPage(page);
  await page.getByLabel('E-mail address').fill(wim);
  await page.getByLabel('Password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.locator('.sp-error-summary')).toBeFocused();
  await expectEnglishOnly(page);
  const lastBefore = await mailCount(page, wim);
  await page.getByLabel('Password', { exact: true }).fill(englishPassword);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code we e-mailed you');
  await page.getByLabel('Code from the e-mail').fill(await readCode(page, wim, lastBefore));
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page).toHaveURL(/\/werk/);
  await expectEnglishOnly(page);
});
