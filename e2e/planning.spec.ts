import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { checkScreen, signIn } from './auth.js';
import { test } from './support.js';

test.slow();
// A month of visits is a long page; axe at two widths on several of them takes its time on a shared machine.
test.setTimeout(300_000);
// Kees adds visits and a report; Jan's journey reads the demo planning and reports as they were seeded.
test.describe.configure({ mode: 'serial' });

const jan = 'jan.deboer@demoland.example';
const kees = 'kees.mulder@delinde.example';

/** Axe and overflow at 390 and 1280 px (checkScreen), plus a copy of both screenshots in /tmp/shots to look at. */
async function screens(page: Page, name: string) {
  await checkScreen(page, `planning-${name}`);
  mkdirSync('/tmp/shots', { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: `/tmp/shots/care-${name}-${width}.png`, fullPage: true });
  }
}

/** The refusals this journey provokes on purpose (Chromium logs each 400 as a console error); others still fail it. */
function expectRefusals(consoleErrors: string[], count: number) {
  const refusals = consoleErrors.filter((text) => /status of 400 \(Bad Request\)/.test(text));
  expect(refusals).toHaveLength(count);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !refusals.includes(text)));
}

/** Year-month in Dutch time, shifted by `delta` months, and its Dutch name ("december 2026"). */
function dutchMonth(delta: number) {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 + delta, 1));
  const label = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(first);
  return { iso: first.toISOString().slice(0, 7), label };
}

test('Jan reads his planning month by month and his care record', async ({ page }) => {
  await signIn(page, jan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');
  await page.getByRole('navigation').getByRole('link', { name: 'Planning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planning');

  const month = page.locator('#planning-month');
  const now = dutchMonth(0);
  const next = dutchMonth(1);
  await expect(month).toHaveText(now.label);
  const days = page.locator('.sp-care-day');
  await expect(days.first()).toBeVisible();
  // The seven blocks of seed 003, with Dutch names and hours.
  for (const block of ['Nacht', 'Vroege ochtend', 'Ochtend', 'Middag', 'Namiddag', 'Avond', 'Late avond']) {
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(`^${block}`) }).first()).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 4, name: /^Vroege ochtend/ }).first()).toContainText('06:00 tot 08:55 uur');
  await expect(page.locator('.sp-care-visit').filter({ hasText: 'Persoonlijke verzorging' }).first()).toContainText('07:30 tot 08:15 uur');
  await expect(page.locator('.sp-care-visit').filter({ hasText: 'Huishoudelijke hulp' }).first()).toContainText('Ilse');
  await screens(page, 'jan-1-month');

  // Buttons, then the arrow keys with focus on a month button.
  await page.getByRole('button', { name: 'Volgende maand' }).click();
  await expect(month).toHaveText(next.label);
  await expect(page).toHaveURL(new RegExp(`maand=${next.iso}`));
  await expect(days.first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volgende maand' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(month).toHaveText(now.label);
  await page.keyboard.press('ArrowRight');
  await expect(month).toHaveText(next.label);
  await page.keyboard.press('ArrowRight');
  await expect(month).toHaveText(dutchMonth(2).label);
  await expect(page.getByText('Er is in deze maand geen zorg gepland.')).toBeVisible();
  await screens(page, 'jan-2-empty');
  await page.getByRole('button', { name: 'Vorige maand' }).click();
  await page.keyboard.press('Enter');
  await expect(month).toHaveText(now.label);

  await page.getByRole('navigation').getByRole('link', { name: 'Zorgdossier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zorgdossier');
  const reports = page.locator('.sp-care-report');
  await expect(reports.first()).toContainText('Rustige avond');
  await expect(reports.nth(1)).toContainText('Wond is dicht');
  await expect(reports.last()).toContainText('Eerste bezoek');
  await expect(page.getByText('Respijtzorg')).toHaveCount(0);
  await expect(page.getByText('8 van 8 rapportages')).toBeVisible();
  await screens(page, 'jan-3-reports');

  await page.getByRole('link', { name: 'Zorgplan' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Zorgplan' })).toBeVisible();
  for (const section of ['Mijn leefsituatie', 'Mijn toekomst', 'Mijn afspraken']) await expect(page.getByRole('heading', { level: 4, name: section })).toBeVisible();
  await expect(page.getByText('Ik wil weer zelf boodschappen doen')).toBeVisible();
  await screens(page, 'jan-4-plan');
});

test('Kees (Thuiszorg De Linde) plans a visit, imports a planning file and writes a report', async ({ page, consoleErrors }) => {
  await signIn(page, kees);
  await expect(page).toHaveURL(/\/werk$/);
  await page.getByRole('main').getByRole('link', { name: /Jan de Boer/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jan');
  await page.getByRole('main').getByRole('link', { name: 'Planning', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planning');

  const next = dutchMonth(1);
  const form = page.getByRole('region', { name: 'Bezoek plannen' });
  await form.getByLabel('Datum').fill(`${next.iso}-15`);
  await form.getByLabel('Begintijd').fill('14:00');
  await form.getByLabel('Eindtijd').fill('13:30');
  await form.getByLabel('Soort zorg').selectOption({ label: 'Verpleging' });
  await form.getByLabel('Voornaam van de medewerker').fill('Yvonne');
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
  const summary = page.locator('#visit-form-errors-title');
  await expect(summary).toHaveText('Er ging iets mis');
  await expect(page.locator('#visit-end-error')).toHaveText('De eindtijd moet na de begintijd liggen.');
  await expect(form.getByLabel('Eindtijd')).toHaveAttribute('aria-invalid', 'true');
  await screens(page, 'kees-1-end-before-start');

  await form.getByLabel('Eindtijd').fill('14:30');
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
  await expect(page.locator('.sp-care-status').filter({ hasText: 'is gepland' })).toBeVisible();
  await expect(page.locator('#work-planning-month')).toHaveText(next.label);
  const planned = page.locator('.sp-care-visit').filter({ hasText: 'Yvonne' }).filter({ hasText: '14:00 tot 14:30 uur' });
  await expect(planned).toHaveCount(1);
  await expect(planned).toContainText('Verpleging');

  // Change it to the late afternoon, then cancel it.
  await planned.getByRole('button', { name: /wijzigen$/ }).click();
  const editForm = page.getByRole('region', { name: 'Bezoek wijzigen' });
  await expect(editForm.getByLabel('Begintijd')).toHaveValue('14:00');
  await editForm.getByLabel('Begintijd').fill('15:00');
  await editForm.getByLabel('Eindtijd').fill('15:30');
  await editForm.getByRole('button', { name: 'Wijziging opslaan' }).click();
  await expect(page.locator('.sp-care-status').filter({ hasText: 'is gewijzigd' })).toBeVisible();
  const moved = page.locator('.sp-care-block').filter({ hasText: 'Namiddag' }).locator('.sp-care-visit').filter({ hasText: 'Yvonne' });
  await expect(moved).toContainText('15:00 tot 15:30 uur');
  await moved.getByRole('button', { name: /annuleren$/ }).click();
  await moved.getByRole('button', { name: 'Ja, annuleren' }).click();
  await expect(page.locator('.sp-care-status').filter({ hasText: 'Het bezoek is geannuleerd.' })).toBeVisible();
  await expect(page.locator('.sp-care-visit').filter({ hasText: 'Yvonne' }).filter({ hasText: '15:00 tot 15:30 uur' })).toHaveCount(0);

  const importer = page.getByRole('region', { name: 'Planning inlezen uit een CSV-bestand' });
  const header = 'datum;begintijd;eindtijd;soort;medewerker';
  const bad = [header, `16-${next.iso.slice(5)}-${next.iso.slice(0, 4)};07:30;08:00;persoonlijke verzorging;Anouk`, `17-${next.iso.slice(5)}-${next.iso.slice(0, 4)};7.30;08:00;verpleging;Bram`].join('\r\n');
  await importer.getByLabel('CSV-bestand').setInputFiles({ name: 'planning.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await importer.getByRole('button', { name: 'Planning inlezen' }).click();
  await expect(importer.getByText('Het bestand is niet ingelezen')).toBeVisible();
  await expect(importer.getByText('Regel 3, begintijd: schrijf de tijd als uu:mm, bijvoorbeeld 07:30.')).toBeVisible();
  await expect(page.locator('.sp-care-visit').filter({ hasText: 'Anouk' }).filter({ hasText: '07:30 tot 08:00 uur' })).toHaveCount(0);
  await screens(page, 'kees-2-import-error');
  expectRefusals(consoleErrors, 2);

  const good = bad.replace('7.30', '20:00').replace(';08:00;verpleging', ';20:30;verpleging');
  await importer.getByLabel('CSV-bestand').setInputFiles({ name: 'planning.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await importer.getByRole('button', { name: 'Planning inlezen' }).click();
  await expect(page.locator('.sp-care-status').filter({ hasText: '2 bezoeken ingelezen.' })).toBeVisible();
  await expect(page.locator('.sp-care-visit').filter({ hasText: 'Bram' }).filter({ hasText: '20:00 tot 20:30 uur' })).toHaveCount(1);
  await screens(page, 'kees-3-imported');

  await page.getByRole('link', { name: 'Naar de rapportages' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapportages');
  await page.getByRole('button', { name: 'Rapportage opslaan' }).click();
  await expect(page.locator('#report-text-error')).toHaveText('Schrijf eerst de rapportage.');
  await page.getByLabel('Rapportage', { exact: true }).fill('Overleg met de wijkverpleging over de nieuwe planning.');
  await page.getByLabel('Zichtbaar voor de cliënt en naasten').uncheck();
  await page.getByRole('button', { name: 'Rapportage opslaan' }).click();
  await expect(page.locator('.sp-care-status').filter({ hasText: 'De rapportage is opgeslagen.' })).toBeVisible();
  const first = page.locator('.sp-care-report').first();
  await expect(first).toContainText('Overleg met de wijkverpleging');
  await expect(first).toContainText('Alleen voor professionals');
  await expect(page.getByRole('button', { name: 'Meer laden' })).toBeVisible();
  await page.getByRole('button', { name: 'Meer laden' }).click();
  await expect(page.getByText('11 van 11 rapportages')).toBeVisible();
  await expect(page.locator('.sp-care-report').nth(10)).toBeFocused();
  await screens(page, 'kees-4-reports');
});
