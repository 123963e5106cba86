import { expect, type Page } from '@playwright/test';
import { checkScreen as checkScreenAt, signIn } from './auth.js';
import { testAllowingRefusals } from './support.js';

const peter = 'peter.jansen@demoland.example';

/** Mistakes are sent on purpose (400), and a stale version gives 409: Chromium logs those answers. */
function expectedRefusal(url: string, text: string) {
  return /\/api\/(me|auth\/|plan-questions|plan-templates)/.test(url) && /status of (400|401|409|429)\b/.test(text);
}

const test = testAllowingRefusals(expectedRefusal);
const checkScreen = (page: Page, name: string) => checkScreenAt(page, `qlib-${name}`);

const main = (page: Page) => page.getByRole('main');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page, text: string | RegExp) => main(page).getByRole('status').filter({ hasText: text });

test.slow();

test('Peter keeps a question in the library, adds copies of it to a template of his own, and archives and restores that template', async ({ page }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const label = `E2E-vraag ${stamp}: welke school?`;
  const key = `e2e-vraag-${stamp}`;
  const templateName = `E2E-bibliotheek ${stamp}`;

  // ---- The library, reached from the template list ----
  await signIn(page, peter);
  await page.goto('/werk/beheer/sjablonen');
  await expect(heading(page)).toHaveText('Sjablonen');
  await main(page).getByRole('link', { name: 'Vragenbibliotheek' }).click();
  await expect(heading(page)).toHaveText('Vragenbibliotheek');
  await expect(page).toHaveURL(/\/werk\/beheer\/vragen$/);
  await checkScreen(page, '1-library');

  // An empty question is refused at its fields.
  await main(page).getByRole('button', { name: 'Vraag toevoegen aan de bibliotheek' }).click();
  await expect(page.locator('#tpl-question-label-error')).toHaveText('Vul dit in.');
  await expect(page.locator('#tpl-question-key-error')).toHaveText('Vul dit in.');

  // A single-choice question with an empty choice: the server names that choice, in Dutch.
  await page.locator('#tpl-question-type').selectOption({ label: 'Eén keuze' });
  await page.locator('#tpl-question-label').fill(label);
  await expect(page.locator('#tpl-question-key')).toHaveValue(/^e2e-vraag-\d+-welke-/);
  await page.locator('#tpl-question-key').fill(key);
  await page.locator('#tpl-question-options-0-label').fill('Basisschool');
  await main(page).getByRole('button', { name: 'Vraag toevoegen aan de bibliotheek' }).click();
  await expect(page.locator('#tpl-question-options-1-label-error')).toBeVisible();
  await expect(main(page).getByRole('heading', { name: 'Er ging iets mis' })).toBeVisible();
  await checkScreen(page, '2-library-errors');
  await page.locator('#tpl-question-options-1-label').fill('Middelbare school');
  await page.locator('#tpl-question-help').fill('De school waar je nu naartoe gaat.');
  await main(page).getByRole('button', { name: 'Vraag toevoegen aan de bibliotheek' }).click();
  await expect(main(page).getByText(`Vraag ‘${label}’ staat in de bibliotheek.`)).toBeVisible();

  // The same code again is refused at the code field.
  await page.locator('#tpl-question-label').fill(`${label} (dubbel)`);
  await page.locator('#tpl-question-key').fill(key);
  await main(page).getByRole('button', { name: 'Vraag toevoegen aan de bibliotheek' }).click();
  await expect(page.locator('#tpl-question-key-error')).toBeVisible();
  await expect(page.locator('#tpl-question-key')).toHaveAttribute('aria-invalid', 'true');

  // Search finds it; editing uses the same question editor.
  await main(page).getByLabel('Zoek op vraag').fill(`E2E-vraag ${stamp}`);
  await expect(status(page, '1 vraag gevonden.')).toBeAttached();
  const card = main(page).getByRole('listitem').filter({ hasText: label });
  await expect(card).toContainText(`Eén keuze · code ${key}`);
  await card.getByRole('button', { name: `Bewerken (vraag ‘${label}’)` }).click();
  await expect(main(page).getByRole('heading', { name: `Vraag bewerken: ${label}` })).toBeFocused();
  await page.locator('#tpl-question-required').check();
  await main(page).getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(main(page).getByText(`Vraag ‘${label}’ is opgeslagen.`)).toBeVisible();
  await expect(card).toContainText('verplicht');
  await checkScreen(page, '3-library-found');

  // ---- A template of Peter's own: a questionnaire with two copies from the library ----
  await page.goto('/werk/beheer/sjablonen');
  await main(page).getByLabel('Naam van het nieuwe sjabloon').fill(templateName);
  await main(page).getByRole('button', { name: 'Sjabloon maken' }).click();
  await expect(heading(page)).toHaveText(templateName);
  const templateUrl = page.url();
  await main(page).getByLabel('Soort blok', { exact: true }).selectOption({ label: 'Vragenlijst' });
  await main(page).getByRole('button', { name: 'Blok toevoegen' }).click();
  await expect(page.locator('#tpl-blocks-0-title')).toBeFocused();

  // The picker with the keyboard: open, type in the search field, Tab to the question's add button, Enter.
  const open = main(page).getByRole('button', { name: 'Vraag uit bibliotheek toevoegen' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const search = main(page).getByRole('group', { name: 'Vraag uit de bibliotheek kiezen' }).getByLabel('Zoek op vraag');
  await expect(search).toBeFocused();
  await page.keyboard.type(`E2E-vraag ${stamp}`);
  const picker = main(page).getByRole('group', { name: 'Vraag uit de bibliotheek kiezen' });
  await expect(picker.getByRole('status')).toHaveText('1 vraag gevonden.');
  await checkScreen(page, '4-picker');
  await search.focus();
  await page.keyboard.press('Tab');
  await expect(picker.getByRole('button', { name: `Toevoegen (vraag ‘${label}’)` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#tpl-blocks-0-questions-0-label')).toBeFocused();
  await expect(page.locator('#tpl-blocks-0-questions-0-label')).toHaveValue(label);
  await expect(page.locator('#tpl-blocks-0-questions-0-options-1-label')).toHaveValue('Middelbare school');
  await expect(status(page, `Vraag ‘${label}’ uit de bibliotheek staat nu op plaats 1.`)).toBeAttached();

  // Escape closes the picker and gives focus back to its button.
  await open.click();
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(open).toBeFocused();
  await expect(open).toHaveAttribute('aria-expanded', 'false');

  // The same question a second time: it gets a free key instead of failing.
  await open.click();
  await search.fill(`E2E-vraag ${stamp}`);
  await picker.getByRole('button', { name: `Toevoegen (vraag ‘${label}’)` }).click();
  await expect(page.locator('#tpl-blocks-0-questions-1-label')).toHaveValue(label);
  // The copy is the template's own: changing it here leaves the library alone.
  await page.locator('#tpl-blocks-0-questions-1-label').fill('Welke school, in dit sjabloon?');
  await main(page).getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(main(page).getByText('Het concept is opgeslagen.')).toBeVisible();
  const templateId = templateUrl.split('/').at(-1)!;
  const saved = (await (await page.request.get(`/api/plan-templates/${templateId}`)).json()) as { blocks: Array<{ questions: Array<{ key: string; label: string }> }> };
  expect(saved.blocks[0]!.questions.map((q) => q.key)).toEqual([key, `${key}-2`]);
  const library = (await (await page.request.get(`/api/plan-questions?q=${encodeURIComponent(`E2E-vraag ${stamp}`)}`)).json()) as { items: Array<{ question: { label: string } }> };
  expect(library.items.map((q) => q.question.label)).toEqual([label]);

  // ---- Archive and restore this template ----
  await main(page).getByRole('button', { name: 'Sjabloon archiveren' }).click();
  await expect(main(page).getByText('Het sjabloon is gearchiveerd.')).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Sjabloon terugzetten' })).toBeFocused();
  await expect(main(page).getByText(/^Gearchiveerd op /)).toBeVisible();
  await checkScreen(page, '5-template-archived');
  await page.goto('/werk/beheer/sjablonen');
  await expect(main(page).getByRole('list', { name: 'Alle sjablonen' })).not.toContainText(templateName);
  await main(page).getByRole('button', { name: 'Toon gearchiveerde sjablonen' }).click();
  await expect(main(page).getByRole('list', { name: 'Gearchiveerde sjablonen' })).toContainText(templateName);
  await checkScreen(page, '6-templates-archived-list');
  await main(page).getByRole('list', { name: 'Gearchiveerde sjablonen' }).getByRole('link', { name: templateName }).click();
  await main(page).getByRole('button', { name: 'Sjabloon terugzetten' }).click();
  await expect(main(page).getByText('Het sjabloon is teruggezet.')).toBeVisible();
  await page.goto('/werk/beheer/sjablonen');
  await expect(main(page).getByRole('list', { name: 'Alle sjablonen' })).toContainText(templateName);

  // ---- In English: the library, a refusal in English, archive a question ----
  await page.goto('/werk/beheer/vragen');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Question library');
  await main(page).getByRole('button', { name: 'Add question to the library' }).click();
  await expect(page.locator('#tpl-question-label-error')).toHaveText('Please fill this in.');
  await page.locator('#tpl-question-label').fill(`${label} (EN)`);
  await page.locator('#tpl-question-key').fill(key);
  await main(page).getByRole('button', { name: 'Add question to the library' }).click();
  await expect(page.locator('#tpl-question-key-error')).toBeVisible();
  await expect(page.locator('#tpl-question-key-error')).not.toContainText(/[ëé]|Deze|al in gebruik/);
  await main(page).getByLabel('Search by question').fill(`E2E-vraag ${stamp}`);
  await expect(status(page, '1 question found.')).toBeAttached();
  await checkScreen(page, '7-library-en');
  await main(page).getByRole('button', { name: `Archive (question ‘${label}’)` }).click();
  await expect(status(page, `Question ‘${label}’ has been archived.`)).toBeAttached();
  await expect(status(page, 'No questions found.')).toBeAttached();
  await main(page).getByLabel('Archived questions').check();
  await expect(main(page).getByRole('list', { name: 'Archived questions' })).toContainText(label);
  await checkScreen(page, '8-library-archived-en');
  await main(page).getByRole('button', { name: `Restore (question ‘${label}’)` }).click();
  await expect(status(page, `Question ‘${label}’ has been restored.`)).toBeAttached();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(heading(page)).toHaveText('Vragenbibliotheek');

  // ---- Clean up: the journeys share one server; archive what this one made ----
  const question = (await (await page.request.get(`/api/plan-questions?q=${encodeURIComponent(`E2E-vraag ${stamp}`)}`)).json()) as { items: Array<{ id: string; version: number }> };
  const me = await page.request.get('/api/me');
  const csrf = ((await me.json()) as { csrfToken?: string }).csrfToken;
  const headers = csrf ? { 'x-csrf-token': csrf } : undefined;
  for (const item of question.items) expect((await page.request.post(`/api/plan-questions/${item.id}/archive`, { data: { version: item.version }, headers })).status()).toBe(200);
  const template = (await (await page.request.get(`/api/plan-templates/${templateId}`)).json()) as { version: number };
  expect((await page.request.post(`/api/plan-templates/${templateId}/archive`, { data: { version: template.version }, headers })).status()).toBe(200);
});
