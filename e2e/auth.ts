import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForPage } from './support.js';

export const demoPassword = 'Demoland-samen-2026';

type Mail = { to: string; text: string; receivedAt: string };

async function mailsTo(request: APIRequestContext, email: string): Promise<Mail[]> {
  const response = await request.get('/dev/mail.json');
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { items: Mail[] };
  return body.items.filter((mail) => mail.to === email);
}

/**
 * Journeys run in parallel and several sign in as the same demo person: between counting the mails and reading the
 * new code, another worker's code could arrive and be read instead. mailCount takes a lock per address (a directory,
 * created atomically, shared by the worker processes) that readCode releases; a lock older than 20 s is stale.
 */
function lockDir(email: string) {
  const port = process.env.E2E_PORT ?? '3100';
  return path.join(os.tmpdir(), `samenplan-e2e-mail-${port}-${createHash('sha256').update(email).digest('hex').slice(0, 16)}`);
}

async function lockAddress(dir: string) {
  for (let attempt = 0; attempt < 400; attempt++) {
    try {
      fs.mkdirSync(dir);
      return;
    } catch {
      const age = Date.now() - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 20_000) fs.rmSync(dir, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const heldLocks = new Map<string, string>();

function releaseAddress(email: string) {
  const dir = heldLocks.get(email);
  heldLocks.delete(email);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** How many mails this address got so far; pass it to readCode to wait for the next one. */
export async function mailCount(page: Page, email: string) {
  if (!heldLocks.has(email)) {
    const dir = lockDir(email);
    await lockAddress(dir);
    heldLocks.set(email, dir);
  }
  return (await mailsTo(page.request, email)).length;
}

/** The 6-digit code from the newest mail to `email`, once more than `before` mails have arrived (sent async). */
export async function readCode(page: Page, email: string, before: number): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      // The newest of the mails that came after `before` and hold a code: a notice mail (a new message, a request to
      // sign) sent to the same person by a parallel journey may arrive in between.
      const mails = await mailsTo(page.request, email);
      code = mails.slice(0, Math.max(0, mails.length - before)).map((mail) => /\b(\d{6})\b/.exec(mail.text)?.[1]).find(Boolean) ?? '';
      return code;
    }, { timeout: 10_000 })
    .toMatch(/^\d{6}$/)
    .finally(() => releaseAddress(email));
  return code;
}

/**
 * Checks the screen as it is at 390 and at 1280 px: 0 axe violations (WCAG 2.2 AA), no sideways scrolling, and a
 * full-page screenshot in test-results/screens/<name>-<width>.png. Ends at 1280 px.
 */
export async function checkScreen(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await waitForPage(page);
    // Polled: right after the resize, a page that lays out differently on a phone may still show its wide form.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: `horizontal overflow of ${name} at ${width} px`, timeout: 3_000 })
      .toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

/**
 * Words of our own Dutch interface that no English screen may show (whole words, any case). Data stays as it is
 * (names, "Gemeente Demoland"), so the list holds no names and none of the short words Dutch names carry (de, van).
 */
const dutchWords = [
  'het', 'een', 'uw', 'niet', 'naar', 'voor', 'bij', 'ook', 'wordt', 'kies', 'vul', 'wachtwoord', 'inloggen',
  'uitloggen', 'gebruiksvoorwaarden', 'voorwaarden', 'akkoord', 'doorgaan', 'welkom', 'naaste', 'inwoner', 'opslaan',
  'verzenden', 'terug', 'tonen', 'organisatie', 'e-mailadres', 'vergeten', 'mijn', 'gemaild', 'stuur', 'herstellen',
];

/**
 * The page is in English and shows no Dutch interface text: in the visible text, the title, and the names and hints
 * that only assistive technology reads (aria-label, title, placeholder, alt). `data` selects elements holding what
 * people wrote (an action's text): their texts are taken out wherever they occur, also inside a button's name.
 */
export async function expectEnglishOnly(page: Page, options: { data?: string } = {}) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const texts = await page.evaluate((data) => {
    const written = data ? [...document.querySelectorAll<HTMLElement>(data)].map((element) => element.innerText.trim()).filter(Boolean) : [];
    const all = [
      document.title,
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')].flatMap((element) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
      ),
    ];
    return all.map((text) => written.reduce((rest, piece) => rest.split(piece).join(' '), text));
  }, options.data);
  const pattern = new RegExp(`(?<![\\p{L}-])(${dutchWords.join('|')})(?![\\p{L}-])`, 'iu');
  const found = texts.flatMap((text) => text.split('\n')).filter((line) => pattern.test(line));
  expect(found, 'Dutch text on an English page').toEqual([]);
}

/** Signs in on the stand-in DigiD/eHerkenning broker's page (a development page of oidc-provider, not ours) as `login`. */
export async function atBroker(page: Page, login: string) {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('stand-in');
  await page.locator('button[type="submit"]').click();
}

const dutch = { email: 'E-mailadres', password: 'Wachtwoord', toggle: 'Wachtwoord tonen', organisation: 'Organisatie', submit: 'Inloggen' };

/**
 * Fills the first step with the keyboard only and checks the Tab order on the way: e-mail, password, show/hide,
 * organisation, button. Then back to the password field, where Enter sends the form.
 */
export async function enterCredentials(page: Page, email: string, password: string, labels = dutch) {
  const main = page.getByRole('main');
  await main.getByLabel(labels.email).focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await expect(main.getByLabel(labels.password, { exact: true })).toBeFocused();
  await page.keyboard.type(password);
  await page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: labels.toggle })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(main.getByLabel(labels.organisation)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: labels.submit, exact: true })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
  await expect(main.getByLabel(labels.password, { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Signs in without looking at each screen (for journeys about what comes after), from /inloggen or the page shown. */
export async function signIn(page: Page, email: string, options: { from?: 'start' | 'here' } = {}) {
  const password = demoPassword;
  if (options.from !== 'here') await page.goto('/inloggen');
  await waitForPage(page);
  const before = await mailCount(page, email);
  const main = page.getByRole('main');
  await main.getByLabel('E-mailadres').fill(email);
  await main.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vul de code in die we u hebben gemaild');
  await page.getByLabel('Code uit de e-mail').fill(await readCode(page, email, before));
  await page.getByRole('button', { name: 'Verzenden' }).click();
  // Signed in once the code step is gone: a journey that reads the API right after must not race the session.
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Vul de code in die we u hebben gemaild', { timeout: 15_000 });
}

/** The newest mail to `email` once more than `before` have arrived; its text is returned. */
export async function readMail(page: Page, email: string, before: number, pattern: RegExp): Promise<string> {
  let found = '';
  await expect
    .poll(async () => {
      const mails = await mailsTo(page.request, email);
      found = mails.slice(0, Math.max(0, mails.length - before)).map((mail) => pattern.exec(mail.text)?.[0]).find(Boolean) ?? '';
      return found;
    }, { timeout: 10_000 })
    .not.toBe('')
    .finally(() => releaseAddress(email));
  return found;
}
