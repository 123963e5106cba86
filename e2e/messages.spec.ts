import { expect, type Page } from '@playwright/test';
import { checkScreen, signIn } from './auth.js';
import { testAllowingRefusals, waitForPage } from './support.js';

const jan = 'jan.deboer@demoland.example';
const sanne = 'sanne.devries@wijkteam.demoland.example';
const henk = 'henk.deboer@demoland.example';
const subject = 'Brief van de Belastingdienst';
const body = 'Beste Sanne, ik heb een brief over de huurtoeslag gekregen. Kunt u meekijken?';

/**
 * Like support.ts's test, no console errors allowed, except the 400 the server answers to the empty subject on
 * purpose (Chromium logs every 4xx) and the sign-in refusals support.ts also allows.
 */
const test = testAllowingRefusals((url, text) => /\/api\/dossiers\/[^/]+\/messages$/.test(url) && /status of 400\b/.test(text));

test.setTimeout(240_000);

/** checkScreen (axe at 390 and 1280 px, no sideways scrolling) plus a copy of each screenshot for review. */
async function check(page: Page, name: string) {
  await checkScreen(page, `messages-${name}`);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: `/tmp/shots/msg-${name}-${width}.png`, fullPage: true });
  }
}

type Mail = { to: string; subject?: string; text: string };
async function mailsTo(page: Page, email: string): Promise<Mail[]> {
  const response = await page.request.get('/dev/mail.json');
  return ((await response.json()) as { items: Mail[] }).items.filter((mail) => mail.to === email);
}

// A minimal PDF: the documents API recognises it by its %PDF signature.
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('Jan reads and answers a message, writes to Sanne (the empty subject is named), Sanne answers from her inbox and writes to Henk (informed: a notice only)', async ({ page, browser }) => {
  await signIn(page, jan);
  await expect(h1(page)).toHaveText('Welkom, Jan');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Mijn berichten (2 nieuw)' })).toBeVisible();
  await nav.getByRole('link', { name: 'Mijn berichten (2 nieuw)' }).click();
  await expect(h1(page)).toHaveText('Mijn berichten');
  const list = page.getByRole('list', { name: 'Gesprekken' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('Laatste bericht ontvangen van');
  await expect(list.getByRole('link', { name: 'Hulp bij douchen (ongelezen)' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Afspraak met de huisarts', exact: true })).toBeVisible();
  await check(page, '1-resident-list');

  // Read the unread message: it is marked read, the count in the navigation drops.
  await list.getByRole('link', { name: 'Hulp bij douchen (ongelezen)' }).click();
  await expect(h1(page)).toHaveText('Hulp bij douchen');
  await expect(page.getByRole('heading', { level: 2, name: /Van Sanne de Vries/ })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Mijn berichten (1 nieuw)' })).toBeVisible();
  await check(page, '2-resident-thread');

  // Reply in the same thread, with a letter attached (uploaded as a document of the dossier).
  await expect(page.getByText('Gesprek met Sanne de Vries (Wijkteams Demoland)')).toBeVisible();
  await page.getByLabel('Uw antwoord').fill('Ja graag, op dinsdag en vrijdag.');
  await page.getByLabel('Bijlage (niet verplicht)').setInputFiles({ name: 'rooster.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByRole('status')).toHaveText('Uw antwoord is verstuurd.');
  await expect(page.getByRole('heading', { level: 2, name: /Van u/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bijlage: rooster.pdf' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Berichten in dit gesprek' }).getByRole('listitem')).toHaveCount(2);
  await check(page, '3-resident-replied');

  // A new message, by keyboard only. Sanne is the only one Jan can write to, so she is already chosen.
  await page.goto('/berichten/nieuw');
  await waitForPage(page);
  await expect(h1(page)).toHaveText('Nieuw bericht');
  await expect(page.getByLabel('Aan')).toHaveValue(/.+/);
  await expect(page.getByLabel('Aan').locator('option:checked')).toHaveText('Sanne de Vries (Wijkteams Demoland)');
  await check(page, '4-resident-new');
  await page.getByLabel('Aan').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Onderwerp')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Bericht', { exact: true })).toBeFocused();
  await page.keyboard.type(body);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Bijlage (niet verplicht)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verzenden' })).toBeFocused();
  const mailsBefore = (await mailsTo(page, sanne)).length;
  await page.keyboard.press('Enter');

  // The server names the empty subject; the summary takes focus and its link leads to the field.
  await expect(page.locator('#new-subject-error')).toHaveText('Vul een onderwerp in.');
  await expect(page.getByLabel('Onderwerp')).toHaveAttribute('aria-invalid', 'true');
  const summary = page.locator('.sp-msg-errors');
  await expect(summary).toBeFocused();
  await check(page, '5-resident-new-error');
  await summary.focus();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: 'Onderwerp: Vul een onderwerp in.' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Onderwerp')).toBeFocused();
  await page.keyboard.type(subject);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verzenden' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(subject);
  await expect(page.getByRole('status')).toHaveText('Uw bericht is verstuurd.');
  await check(page, '6-resident-sent');

  // The notice to Sanne says there is a message, and nothing of it.
  let notice: Mail | undefined;
  await expect
    .poll(async () => {
      const mails = await mailsTo(page, sanne);
      notice = mails.length > mailsBefore ? mails[0] : undefined;
      return Boolean(notice);
    }, { timeout: 15_000 })
    .toBe(true);
  // In Sanne's own mail language, which a parallel journey in English may have set: either way nothing of the message.
  expect(notice!.text).toMatch(/nieuw bericht|new message/);
  for (const secret of [subject, 'Belastingdienst', 'huurtoeslag', 'meekijken', 'Jan', 'Boer']) expect(notice!.text).not.toContain(secret);

  // Sanne, the coach, finds it in her inbox and answers.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const coach = await context.newPage();
  await signIn(coach, sanne);
  await expect(h1(coach)).not.toHaveText('Vul de code in die we u hebben gemaild');
  await coach.goto('/werk/berichten');
  await waitForPage(coach);
  await expect(h1(coach)).toHaveText('Berichten');
  const inbox = coach.getByRole('list', { name: 'Gesprekken' });
  await expect(inbox.getByRole('link', { name: `${subject} (ongelezen)` })).toBeVisible();
  await check(coach, '7-work-inbox');
  await inbox.getByRole('link', { name: `${subject} (ongelezen)` }).click();
  await expect(h1(coach)).toHaveText(subject);
  await expect(coach.getByText(body)).toBeVisible();
  await check(coach, '8-work-thread');
  await coach.getByLabel('Uw antwoord').fill('Dag Jan, stuur mij een foto van de brief, dan kijk ik mee.');
  await coach.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(coach.getByRole('status')).toHaveText('Uw antwoord is verstuurd.');

  // The dossier's own inbox, where a new conversation starts.
  await coach.getByRole('link', { name: 'Alle berichten in dossier WT-2026-0101' }).click();
  await expect(h1(coach)).toHaveText('Berichten in dossier WT-2026-0101');
  await expect(coach.getByRole('link', { name: subject, exact: true })).toBeVisible();
  await check(coach, '9-work-dossier-inbox');
  await coach.getByRole('link', { name: 'Nieuw bericht' }).click();
  await expect(h1(coach)).toHaveText('Nieuw bericht');
  // Jan, and Henk (informed, no login): he is marked as getting only an e-mail, and choosing him says what that means.
  const to = coach.getByLabel('Aan');
  // (A parallel journey may have added another informed relative to this dossier: only these two are checked.)
  await expect(to.locator('option', { hasText: 'Jan de Boer' })).toHaveText('Jan de Boer');
  await expect(to.locator('option', { hasText: 'Henk de Boer' })).toHaveText('Henk de Boer (Zoon, krijgt alleen een e-mail)');
  await to.selectOption({ label: 'Henk de Boer (Zoon, krijgt alleen een e-mail)' });
  await expect(coach.getByText('Deze naaste kan niet inloggen en leest uw bericht niet.', { exact: false })).toBeVisible();
  await check(coach, '10-work-new');
  const henkMailsBefore = (await mailsTo(coach, henk)).length;
  await coach.getByLabel('Onderwerp').fill('Sleutel van de woning');
  await coach.getByLabel('Bericht', { exact: true }).fill('Wilt u de reservesleutel bij de buren ophalen?');
  await coach.getByRole('button', { name: 'Verzenden' }).click();
  await expect(h1(coach)).toHaveText('Sleutel van de woning');
  await expect(coach.getByRole('status')).toHaveText('Uw bericht is verstuurd.');
  let informed: Mail | undefined;
  await expect
    .poll(async () => {
      const mails = await mailsTo(coach, henk);
      informed = mails.length > henkMailsBefore ? mails[0] : undefined;
      return Boolean(informed);
    }, { timeout: 15_000 })
    .toBe(true);
  expect(informed!.text).toContain('Beste Henk,');
  expect(informed!.text).toContain('0123 456 700');
  for (const secret of ['Sleutel', 'sleutel', 'buren', 'Sanne', 'Jan', 'Boer', 'http']) expect(informed!.text).not.toContain(secret);
  await context.close();

  // Back with Jan: Sanne's answer is new for him.
  await page.goto('/berichten');
  await waitForPage(page);
  await expect(page.getByRole('list', { name: 'Gesprekken' }).getByRole('link', { name: `${subject} (ongelezen)` })).toBeVisible();
});
