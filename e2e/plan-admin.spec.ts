import { expect, type Page } from '@playwright/test';
import { checkScreen as checkScreenAt, signIn } from './auth.js';
import { testAllowingRefusals } from './support.js';

const peter = 'peter.jansen@demoland.example';
const daan = 'daan.bakker@wijkteam.demoland.example';

/** Forms here are sent with mistakes on purpose (400) and against a stale version (409): Chromium logs those answers. */
function expectedRefusal(url: string, text: string) {
  return /\/api\/(me|auth\/|plan-templates|plans\/)/.test(url) && /status of (400|401|409|429)\b/.test(text);
}

const test = testAllowingRefusals(expectedRefusal);
const checkScreen = (page: Page, name: string) => checkScreenAt(page, `plan-admin-${name}`);

const main = (page: Page) => page.getByRole('main');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page, text: string | RegExp) => main(page).getByRole('status').filter({ hasText: text });

test.slow();

test('Peter builds and publishes a template with every kind of block; Daan makes a plan from it and sets its rights', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const name = `E2E-sjabloon ${Date.now()}`;

  // ---- Peter: the template list, in Dutch and in English ----
  await signIn(page, peter);
  await expect(heading(page)).toHaveText('Beheer');
  await page.goto('/werk/beheer/sjablonen');
  await expect(heading(page)).toHaveText('Sjablonen');
  await expect(main(page).getByRole('list', { name: 'Alle sjablonen' })).toContainText('Jeugdplan integraal');
  await checkScreen(page, '1-list');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Templates');
  await expect(main(page).getByRole('list', { name: 'All templates' })).toContainText('Last published: Version 1');
  await checkScreen(page, '1-list-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(heading(page)).toHaveText('Sjablonen');

  // An empty name is refused at the field; then the template is made.
  await main(page).getByRole('button', { name: 'Sjabloon maken' }).click();
  await expect(page.locator('#new-template-name-error')).toHaveText('Vul dit in.');
  await main(page).getByLabel('Naam van het nieuwe sjabloon').fill(name);
  await main(page).getByRole('button', { name: 'Sjabloon maken' }).click();
  await expect(heading(page)).toHaveText(name);
  await expect(page).toHaveURL(/\/werk\/beheer\/sjablonen\/[0-9a-f-]{36}$/);

  // ---- The editor: details and user groups ----
  await main(page).getByLabel('Omschrijving').fill('Sjabloon uit de e2e-test met elk soort blok.');
  await main(page).getByRole('group', { name: 'Gebruikersgroepen die dit sjabloon mogen gebruiken' }).getByLabel('Wijkteam coaches').check();

  // One block of every kind, added with the keyboard: choose the kind, Tab to the button, Enter.
  const kinds = ['Tekst', 'Vragenlijst', 'Wat Telt', 'Zelfredzaamheid-Matrix (ZRM)', 'Doelen en acties', 'Ingezette zorg en diensten', 'Documenten', 'Ondertekening'];
  for (const [index, kind] of kinds.entries()) {
    await main(page).getByLabel('Soort blok', { exact: true }).selectOption({ label: kind });
    await main(page).getByLabel('Soort blok', { exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(main(page).getByRole('button', { name: 'Blok toevoegen' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The new block opens with its title focused, and its arrival is announced.
    await expect(page.locator(`#tpl-blocks-${index}-title`)).toBeFocused();
    await expect(page.locator(`#tpl-blocks-${index}-title`)).toHaveValue(kind);
    await expect(status(page, `${kind} is toegevoegd als blok ${index + 1}.`)).toBeAttached();
  }
  await page.locator('#tpl-blocks-0-title').fill('Situatie');
  await page.locator('#tpl-blocks-1-title').fill('Vragen vooraf');
  await page.locator('#tpl-blocks-0-help').fill('Beschrijf in gewone woorden hoe het nu gaat.');

  // The questionnaire: a question of each of the 8 kinds.
  const questions: Array<[string, string]> = [
    ['Korte tekst', 'Naar welke school ga je?'],
    ['Lange tekst', 'Waar maak je je zorgen over?'],
    ['Datum', 'Sinds wanneer speelt dit?'],
    ['Ja of nee', 'Voel je je thuis veilig?'],
    ['Eén keuze', 'Bij wie woon je?'],
    ['Meerdere keuzes', 'Wie helpen je nu?'],
    ['Getal', 'Hoeveel uur slaap je?'],
    ['Schaal', 'Hoe gaat het met je?'],
  ];
  for (const [j, [kind, label]] of questions.entries()) {
    await page.locator('#tpl-blocks-1-questions-type').selectOption({ label: kind });
    await page.locator('#tpl-blocks-1-questions-add').click();
    await expect(page.locator(`#tpl-blocks-1-questions-${j}-label`)).toBeFocused();
    await page.keyboard.type(label);
  }
  await page.locator('#tpl-blocks-1-questions-0-required').check();
  await page.locator('#tpl-blocks-1-questions-4-options-0-label').fill('Moeder');
  // Choice 2 stays empty for now: the server names that field.
  await page.locator('#tpl-blocks-1-questions-5-options-0-label').fill('Familie');
  await page.locator('#tpl-blocks-1-questions-5-options-1-label').fill('School');
  await page.locator('#tpl-blocks-1-questions-6-min').fill('0');
  await page.locator('#tpl-blocks-1-questions-6-max').fill('24');
  await page.locator('#tpl-blocks-1-questions-7-minLabel').fill('slecht');
  await page.locator('#tpl-blocks-1-questions-7-maxLabel').fill('heel goed');

  // Wat Telt: three domains, the last moved up; a 0–10 scale with end labels.
  for (const [k, label] of ['Thuis', 'School', 'Vrienden'].entries()) {
    await page.locator('#tpl-blocks-2-domains-add').click();
    await expect(page.locator(`#tpl-blocks-2-domains-${k}-label`)).toBeFocused();
    await page.keyboard.type(label);
  }
  await main(page).getByRole('button', { name: 'Leefdomein 3 omhoog' }).click();
  await expect(status(page, 'Leefdomein ‘Vrienden’ staat nu op plaats 2 van 3.')).toBeAttached();
  await expect(page.locator('#tpl-blocks-2-domains-1-label')).toHaveValue('Vrienden');
  await page.locator('#tpl-blocks-2-scale-minLabel').fill('gaat helemaal niet goed');
  await page.locator('#tpl-blocks-2-scale-maxLabel').fill('gaat heel goed');

  // ZRM: all 13 domains in Dutch, Justitie switched off.
  const zrm = main(page).getByRole('group', { name: 'Domeinen die meedoen' });
  await expect(zrm.getByRole('checkbox')).toHaveCount(13);
  await expect(zrm.getByLabel('Maatschappelijke participatie')).toBeChecked();
  await zrm.getByLabel('Justitie').uncheck();

  // Goals: measurements on a scale; signatures for approval and as seen.
  await main(page).getByLabel('Metingen op een schaal, met een grafiek').check();
  await expect(page.locator('#tpl-blocks-4-measurements-max')).toHaveValue('10');
  await main(page).getByRole('group', { name: 'Soorten ondertekening' }).getByLabel('Voor gezien').check();

  // Moving a block with the keyboard keeps focus on the button and says where it went.
  const documentsUp = main(page).getByRole('button', { name: 'Documenten omhoog' });
  await documentsUp.focus();
  await page.keyboard.press('Enter');
  await expect(status(page, 'Documenten staat nu op plaats 6 van 8.')).toBeAttached();
  await expect(main(page).getByRole('button', { name: 'Documenten omhoog' })).toBeFocused();
  await expect(page.locator('#tpl-blocks-5-heading')).toHaveText('6. Documenten');
  await page.keyboard.press('Tab');
  await expect(main(page).getByRole('button', { name: 'Documenten omlaag' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#tpl-blocks-6-heading')).toHaveText('7. Documenten');
  await checkScreen(page, '2-editor');

  // Saving with an empty choice: the summary names it and its link leads to the field.
  await main(page).getByRole('button', { name: 'Concept opslaan' }).click();
  const summary = main(page).locator('[aria-labelledby="tpl-errors-title"]');
  await expect(summary).toBeFocused();
  const link = summary.getByRole('link', { name: /Keuze 2/ });
  await expect(link).toBeVisible();
  await link.click();
  const choice2 = page.locator('#tpl-blocks-1-questions-4-options-1-label');
  await expect(choice2).toBeFocused();
  await expect(choice2).toHaveAttribute('aria-invalid', 'true');
  await choice2.fill('Vader');
  await main(page).getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(status(page, 'Het concept is opgeslagen.')).toBeVisible();
  await expect(main(page).getByText('Alles is opgeslagen.')).toBeVisible();

  // Preview as the resident and as a professional: what each may fill in, no data.
  await main(page).getByRole('button', { name: 'Voorbeeld als inwoner' }).click();
  const residentPreview = main(page).getByRole('region', { name: 'Voorbeeld als inwoner' });
  await expect(residentPreview.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(residentPreview.getByRole('region', { name: 'Situatie' })).toContainText('Kan invullen');
  await expect(residentPreview.getByRole('region', { name: 'Zelfredzaamheid-Matrix (ZRM)' })).toContainText('Kan alleen lezen');
  await expect(residentPreview.getByRole('region', { name: 'Zelfredzaamheid-Matrix (ZRM)' })).not.toContainText('Justitie');
  await expect(residentPreview.getByRole('group', { name: 'Bij wie woon je?' })).toContainText('Vader');
  await checkScreen(page, '3-preview-resident');
  await main(page).getByRole('button', { name: 'Voorbeeld als professional' }).click();
  const professionalPreview = main(page).getByRole('region', { name: 'Voorbeeld als professional' });
  await expect(professionalPreview.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(professionalPreview.getByRole('region', { name: 'Zelfredzaamheid-Matrix (ZRM)' })).toContainText('Kan invullen');
  await expect(professionalPreview.getByRole('region', { name: 'Doelen en acties' })).toContainText('Metingen van 1 tot 10');
  await checkScreen(page, '4-preview-professional');
  await main(page).getByRole('button', { name: 'Voorbeeld sluiten' }).click();

  // Publish: version 1, by Peter.
  await main(page).getByRole('button', { name: 'Publiceren', exact: true }).click();
  await expect(status(page, 'Versie 1 is gepubliceerd.')).toBeVisible();
  const versions = main(page).getByRole('table', { name: 'Gepubliceerde versies, nieuwste eerst' });
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expect(versions).toContainText('Peter Jansen');
  await checkScreen(page, '5-published');
  await main(page).getByRole('link', { name: 'Terug naar sjablonen' }).click();
  const row = main(page).getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(row).toContainText('Versie 1');
  await expect(row).toContainText('Gepubliceerd');

  // ---- Daan: a plan in Emma's dossier from the new template ----
  const daanContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const coach = await daanContext.newPage();
  const coachErrors: string[] = [];
  coach.on('console', (message) => {
    if (message.type() === 'error' && !expectedRefusal(message.location().url, message.text())) coachErrors.push(message.text());
  });
  await signIn(coach, daan);
  await expect(heading(coach)).toHaveText('Caseload');
  await main(coach).getByRole('link', { name: 'Emma Smit' }).click();
  await expect(coach).toHaveURL(/\/werk\/dossiers\/[0-9a-f-]{36}$/);
  const dossierId = /dossiers\/([0-9a-f-]{36})/.exec(coach.url())![1]!;
  await coach.goto(`/werk/dossiers/${dossierId}/plannen/nieuw`);
  await expect(heading(coach)).toHaveText('Nieuw plan voor Emma Smit');
  await expect(main(coach).getByLabel('Niveau voor Wijkteam coaches')).toHaveValue('edit');
  await checkScreen(coach, '6-new-plan');
  // Without a template the form says so at the field.
  await main(coach).getByRole('button', { name: 'Plan maken' }).click();
  await expect(main(coach).locator('[aria-labelledby="plan-errors-title"]')).toContainText('Kies een sjabloon.');
  await main(coach).getByLabel(`${name} (versie 1)`).check();
  await expect(main(coach).getByLabel('Titel van het plan')).toHaveValue(name);
  await main(coach).getByLabel('Titel van het plan').fill('Plan uit de e2e-test');
  await main(coach).getByRole('button', { name: 'Plan maken' }).click();
  await expect(coach).toHaveURL(/\/werk\/plannen\/[0-9a-f-]{36}$/);
  const planId = /plannen\/([0-9a-f-]{36})/.exec(coach.url())![1]!;

  // A goal through the API (the plan page is another journey's), so that its rights can be set here.
  const csrf = ((await (await coach.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
  const plan = (await (await coach.request.get(`/api/plans/${planId}`)).json()) as { blocks: Array<{ key: string; type: string }> };
  const goalsKey = plan.blocks.find((b) => b.type === 'goals')!.key;
  expect(plan.blocks.map((b) => b.type)).toEqual(['text', 'questionnaire', 'watTelt', 'zrm', 'goals', 'services', 'documents', 'signatures']);
  const goal = await coach.request.post(`/api/plans/${planId}/blocks/${goalsKey}/goals`, { data: { title: 'Rustig slapen' }, headers: { 'x-csrf-token': csrf } });
  expect(goal.status()).toBe(201);
  const goalId = ((await goal.json()) as { id: string }).id;

  // ---- The rights editor ----
  await coach.goto(`/werk/plannen/${planId}/rechten`);
  await expect(heading(coach)).toHaveText('Rechten in het plan');
  await expect(main(coach).getByRole('heading', { name: 'Emma Smit (inwoner)' })).toBeVisible();
  await checkScreen(coach, '7-rights');
  await main(coach).getByLabel('Karin Smit heeft toegang tot dit plan in het portaal').check();
  await main(coach).getByLabel('Niveau voor Situatie van Karin Smit').selectOption('view');
  await main(coach).getByRole('button', { name: 'Rechten opslaan' }).click();
  await expect(status(coach, 'De rechten zijn opgeslagen.')).toBeVisible();

  // Someone else saves in between: the save is refused and the newer rights can be loaded.
  const current = (await (await coach.request.get(`/api/plans/${planId}/rights`)).json()) as {
    version: number;
    participants: Array<{ personId: string; name: { firstName: string }; portalAccess: boolean; blockLevels: Record<string, string>; goalRights: Record<string, unknown> }>;
    groups: Array<{ userGroupId: string; level: string }>;
  };
  const karin = current.participants.find((p) => p.name.firstName === 'Karin')!;
  expect(karin.blockLevels[plan.blocks[0]!.key]).toBe('view');
  const bump = await coach.request.put(`/api/plans/${planId}/rights`, {
    data: { version: current.version, participants: current.participants.filter((p) => p.portalAccess).map(({ personId, portalAccess, blockLevels }) => ({ personId, portalAccess, blockLevels })), groups: current.groups.map(({ userGroupId, level }) => ({ userGroupId, level })) },
    headers: { 'x-csrf-token': csrf },
  });
  expect(bump.status()).toBe(200);
  await main(coach).getByLabel('Niveau voor Vragen vooraf van Karin Smit').selectOption('view');
  await main(coach).getByRole('button', { name: 'Rechten opslaan' }).click();
  await expect(main(coach).getByText('Iemand anders heeft intussen opgeslagen')).toBeVisible();
  await main(coach).getByRole('button', { name: 'Nieuwe versie laden' }).click();
  await expect(main(coach).getByText('Iemand anders heeft intussen opgeslagen')).toHaveCount(0);
  await expect(main(coach).getByLabel('Niveau voor Vragen vooraf van Karin Smit')).toHaveValue('none');
  await expect(main(coach).getByLabel('Niveau voor Situatie van Karin Smit')).toHaveValue('view');

  // Taking edit away from one's own group is refused at the field.
  await main(coach).getByLabel('Niveau voor Wijkteam coaches').selectOption('view');
  await main(coach).getByRole('button', { name: 'Rechten opslaan' }).click();
  await expect(main(coach).locator('[aria-labelledby="rights-errors-title"]')).toBeFocused();
  await expect(main(coach).locator('#rights-groups-error')).toBeVisible();
  await main(coach).getByLabel('Niveau voor Wijkteam coaches').selectOption('edit');
  await main(coach).getByRole('button', { name: 'Rechten opslaan' }).click();
  await expect(status(coach, 'De rechten zijn opgeslagen.')).toBeVisible();

  // The goal: Emma sees and writes it, Karin does not see it.
  const goalSection = main(coach).getByRole('region', { name: 'Doel: Rustig slapen' });
  await goalSection.getByLabel('Emma Smit schrijft in ‘Rustig slapen’').check();
  await expect(goalSection.getByLabel('Emma Smit ziet ‘Rustig slapen’')).toBeChecked();
  await expect(goalSection.getByLabel('Karin Smit ziet ‘Rustig slapen’')).not.toBeChecked();
  await goalSection.getByRole('button', { name: 'Rechten van ‘Rustig slapen’ opslaan' }).click();
  await expect(goalSection.getByRole('status')).toHaveText('De rechten van ‘Rustig slapen’ zijn opgeslagen.');
  await checkScreen(coach, '8-rights-saved');
  const after = (await (await coach.request.get(`/api/plans/${planId}/rights`)).json()) as typeof current;
  expect(after.participants.find((p) => p.name.firstName === 'Emma')!.goalRights[goalId]).toEqual({ canView: true, canWrite: true, canMeasure: false });
  expect(after.participants.find((p) => p.name.firstName === 'Karin')!.goalRights[goalId]).toBeUndefined();

  expect(coachErrors, 'console errors of the coach').toEqual([]);
  await daanContext.close();
});
