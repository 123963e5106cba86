import { expect, type Page } from '@playwright/test';
import { checkScreen, signIn } from './auth.js';
import { test, waitForPage } from './support.js';

const jan = 'jan.deboer@demoland.example';
const emma = 'emma.smit@demoland.example';
const sanne = 'sanne.devries@wijkteam.demoland.example';

// A minimal PDF: the server recognises it by its %PDF signature, whatever the browser says the type is.
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
// A Windows program (MZ header) renamed to look like a letter.
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(256, 0x90)]);

test.slow();

/**
 * Chromium logs every 4xx answer as a console error, also the refusal these journeys ask for. Takes exactly the
 * expected number of 400s out of the list the console fixture checks; anything else still fails the test.
 */
function expectRefusals(consoleErrors: string[], count: number) {
  const refusals = consoleErrors.filter((text) => /status of 400 \(Bad Request\)/.test(text));
  expect(refusals).toHaveLength(count);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !refusals.includes(text)));
}

/** The id of a dossier by its file number, as the signed-in person sees it in /api/dossiers. */
async function dossierId(page: Page, fileNumber: string): Promise<string> {
  const response = await page.request.get('/api/dossiers');
  expect(response.ok(), 'GET /api/dossiers').toBe(true);
  const { items } = (await response.json()) as { items: Array<{ id: string; fileNumber: string }> };
  const found = items.find((item) => item.fileNumber === fileNumber);
  expect(found, `dossier ${fileNumber}`).toBeDefined();
  return found!.id;
}

test('Jan sees the documents shared with him, adds a letter, is stopped at a renamed program and removes his letter', async ({ page, consoleErrors }) => {
  await signIn(page, jan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');
  const id = await dossierId(page, 'WT-2026-0101');
  await page.goto(`/dossiers/${id}/documenten`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documenten');
  const list = page.getByRole('table', { name: 'Alle documenten' });
  await expect(list.getByRole('row')).toHaveCount(4);
  for (const visible of ['Verslag keukentafelgesprek', 'Beschikking huishoudelijke hulp', 'Brief over de huurtoeslag']) {
    await expect(list.getByRole('rowheader', { name: visible })).toBeVisible();
  }
  await expect(page.getByText('Overdracht aan De Linde')).toHaveCount(0);
  await expect(list.getByRole('columnheader', { name: 'Zichtbaar voor inwoner' })).toHaveCount(0);
  // Only what Jan added himself has a delete button.
  await expect(list.getByRole('button', { name: /^Verwijderen/ })).toHaveCount(1);
  await checkScreen(page, 'documents-1-resident');
  await expect(page.getByRole('list', { name: 'Alle documenten' })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('link', { name: 'Downloaden Verslag keukentafelgesprek (Verslag keukentafelgesprek.pdf)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Verslag keukentafelgesprek.pdf');

  // Keyboard: from the category the next stop is the file input behind "Kies een bestand".
  const form = page.getByRole('region', { name: 'Document toevoegen' });
  await form.getByLabel('Categorie').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#doc-file')).toBeFocused();

  // Nothing filled in: each field says what is missing.
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('#doc-description-error')).toHaveText('Vul een omschrijving in.');
  await expect(page.locator('#doc-file-error')).toHaveText('Kies een bestand.');

  await form.getByLabel('Omschrijving').fill('Brief van de huisarts');
  await form.getByLabel('Categorie').selectOption({ label: 'Brief' });
  await page.locator('#doc-file').setInputFiles({ name: 'brief-huisarts.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(form.getByText('Gekozen: brief-huisarts.pdf')).toBeVisible();
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.locator('.sp-doc-status')).toHaveText('‘Brief van de huisarts’ is toegevoegd.');
  const added = list.getByRole('row').nth(1);
  await expect(added.getByRole('rowheader')).toHaveText('Brief van de huisarts');
  await expect(added).toContainText('brief-huisarts.pdf');
  await expect(added).toContainText('Jan de Boer (inwoner)');
  await expect(form.getByLabel('Omschrijving')).toHaveValue('');

  await form.getByLabel('Omschrijving').fill('Brief van de gemeente');
  await page.locator('#doc-file').setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: program });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('#doc-file-error')).toContainText('Dit soort bestand kan niet. Kies een PDF');
  await expect(page.locator('.sp-doc-errors')).toBeFocused();
  await expect(page.locator('#doc-file')).toHaveAttribute('aria-invalid', 'true');
  await expect(list.getByRole('row')).toHaveCount(5);
  await checkScreen(page, 'documents-2-refused');

  await list.getByRole('button', { name: 'Verwijderen Brief van de huisarts' }).click();
  await expect(list.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
  await list.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.locator('.sp-doc-list .sp-doc-status')).toHaveText('‘Brief van de huisarts’ is verwijderd.');
  await expect(list.getByRole('row')).toHaveCount(4);
  expectRefusals(consoleErrors, 1);
});

test('in English the refusal of a renamed program is in English too', async ({ page, consoleErrors }) => {
  await signIn(page, emma);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Emma');
  const id = await dossierId(page, 'WTJ-2026-0042');
  await page.goto(`/dossiers/${id}/documenten`);
  await waitForPage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents');
  const form = page.getByRole('region', { name: 'Add a document' });
  await form.getByLabel('Description').fill('Letter from the council');
  await page.locator('#doc-file').setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: program });
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('#doc-file-error')).toContainText('This kind of file is not allowed. Choose a PDF');
  await checkScreen(page, 'documents-3-english');
  expectRefusals(consoleErrors, 1);
});

test('Sanne sees internal documents in the workspace and adds one for professionals only', async ({ page }) => {
  await signIn(page, sanne);
  await expect(page).toHaveURL(/\/werk$/);
  const id = await dossierId(page, 'WT-2026-0101');
  await page.goto(`/werk/dossiers/${id}/documenten`);
  await waitForPage(page);
  const list = page.getByRole('table', { name: 'Alle documenten' });
  const internal = list.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Overdracht aan De Linde' }) });
  await expect(internal).toContainText('Nee, intern');
  await checkScreen(page, 'documents-4-workspace');

  const form = page.getByRole('region', { name: 'Document toevoegen' });
  await form.getByLabel('Omschrijving').fill('Notitie overleg huisarts');
  await form.getByLabel('Categorie').selectOption({ label: 'Verslag' });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(page.locator('#doc-visible-error')).toHaveText('Kies of de inwoner dit document mag zien.');
  await form.getByLabel('Nee, alleen voor professionals (intern)').check();
  await page.locator('#doc-file').setInputFiles({ name: 'notitie.pdf', mimeType: 'application/pdf', buffer: pdf });
  // Hold the upload until the progress bar has been seen, then let it through.
  const progress = form.getByRole('progressbar', { name: 'Voortgang van het versturen' });
  await page.route(`**/api/dossiers/${id}/documents`, async (route) => {
    if (route.request().method() === 'POST') await expect(progress).toBeVisible();
    await route.continue();
  });
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(form.locator('.sp-doc-status')).toHaveText('‘Notitie overleg huisarts’ is toegevoegd.');
  await expect(list.getByRole('row').nth(1)).toContainText('Nee, intern');
  await expect(progress).toHaveCount(0);
});
