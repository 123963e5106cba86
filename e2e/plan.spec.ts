import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from './auth.js';
import { block, emmaPlanId, main } from './plan-support.js';
import { expectNoAxeViolations, testAllowingRefusals, waitForPage } from './support.js';

const emma = 'emma.smit@demoland.example';
const karin = 'karin.smit@demoland.example';
const daan = 'daan.bakker@wijkteam.demoland.example';

/**
 * A save that loses to someone else's answers 409 on purpose (the page must then show both versions). Chromium logs
 * such answers as console errors; those, and the usual sign-in refusals, are expected here.
 */
const test = testAllowingRefusals((url, text) => /\/api\/plans\/[^/]+\/(fields|goals\/[^/]+\/rights)/.test(url) && /status of 409\b/.test(text));

/** 0 axe violations and no sideways scrolling at 390 and 1280 px, with a full-page screenshot of each; ends at `end` px. */
async function checkScreen(page: Page, name: string, end: 390 | 1280 = 1280, prefix = 'plan') {
  const widths = end === 390 ? [1280, 390] : [390, 1280];
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await waitForPage(page);
    const overflow = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wider = [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.sp-plan-scroll'))
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} "${(element.textContent ?? '').slice(0, 40)}"`);
        return { by: document.documentElement.scrollWidth - width, wider };
      });
    await expect.poll(async () => (await overflow()).by, { timeout: 3_000 }).toBeLessThanOrEqual(0).catch(async () => {
      const found = await overflow();
      expect(found.by, `horizontal overflow of ${name} at ${width} px: ${found.wider.join(', ')}`).toBeLessThanOrEqual(0);
    });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `/tmp/shots/${prefix}-${name}-${width}.png`, fullPage: true });
  }
}

const unique = (what: string) => `${what} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

async function signedIn(browser: Browser, email: string, width: 390 | 1280) {
  const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 800 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, context };
}

test.slow();

test('Emma on her phone: her plan, the situation text saved while she types, a question, Wat Telt with radar and table, and a field’s history', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, emma);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Emma');

  // From her dossier to its plans and into the youth plan.
  await page.goto('/dossiers');
  await main(page).getByRole('link', { name: /dossier/ }).first().click();
  await main(page).getByRole('link', { name: 'Plannen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plannen');
  await checkScreen(page, 'portal-list', 390);
  await main(page).getByRole('link', { name: /^Jeugdplan Emma/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');
  await expect(main(page)).toContainText('Sjabloon: Jeugdplan integraal, versie 1.');

  // Her situation: autosave shows "Opslaan…" then "Opgeslagen".
  const situatie = block(page, 'Situatie van de jeugdige en het gezin');
  await expect(situatie).toContainText(/Laatst gewijzigd door .+ op /);
  const text = unique('Het gaat beter met school. Emma schreef dit');
  const box = situatie.getByRole('textbox', { name: 'Situatie van de jeugdige en het gezin' });
  await box.fill(text);
  await expect(situatie.locator('.sp-plan-save')).toHaveText(/Opslaan…|Opgeslagen/);
  await expect(situatie.locator('.sp-plan-save')).toHaveText('Opgeslagen', { timeout: 10_000 });
  await expect(situatie).toContainText('Laatst gewijzigd door Emma Smit');

  // A question: hours of sleep, a number between 0 and 24; saved when she leaves the field.
  const vragen = block(page, 'Vragen vooraf');
  const sleep = vragen.getByRole('spinbutton', { name: 'Hoeveel uur slaap je per nacht?' });
  await sleep.fill('8');
  await sleep.press('Tab');
  await expect(vragen.locator('#pf-vragen-uren-slaap-status')).toHaveText('Opgeslagen');
  // A yes/no question by keyboard: a radio group with its required mark.
  await expect(vragen.getByRole('radiogroup', { name: /Voel je je thuis veilig\? \(verplicht\)/ })).toBeVisible();

  // Wat Telt: she scores three domains and a note; her series then shows her new numbers.
  const watTelt = block(page, 'Wat telt voor jou');
  await watTelt.getByRole('button', { name: 'Scores invullen' }).click();
  const form = watTelt.getByRole('form', { name: /Nieuwe scores/ });
  await form.getByRole('radiogroup', { name: 'Thuis' }).getByLabel('9', { exact: true }).check();
  await form.getByRole('radiogroup', { name: 'School' }).getByLabel('8', { exact: true }).check();
  await form.getByRole('radiogroup', { name: 'Vrienden' }).getByLabel('10', { exact: true }).check();
  await form.getByLabel('Toelichting bij Thuis').fill('Minder ruzie');
  await checkScreen(page, 'portal-wattelt-form', 390);
  await form.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(watTelt.getByRole('status')).toHaveText('Uw scores zijn opgeslagen.');
  await expect(watTelt.getByRole('img', { name: /Radargrafiek van de laatste scores/ })).toBeVisible();
  const latest = watTelt.getByRole('table', { name: /Laatste scores/ });
  await expect(latest.getByRole('row', { name: /^Thuis/ })).toContainText('9');
  await expect(latest.getByRole('row', { name: /^Thuis/ })).toContainText('Minder ruzie');
  await expect(latest.getByRole('row', { name: /^Vrienden/ })).toContainText('10');
  await expect(watTelt.getByRole('table', { name: 'Alle metingen, de nieuwste eerst' })).toBeVisible();

  // The history of the situation: her new text first, earlier versions with who wrote them, Karin's on Emma's behalf.
  await situatie.getByRole('button', { name: /^Geschiedenis/ }).click();
  const history = situatie.getByRole('region', { name: 'Geschiedenis van Situatie van de jeugdige en het gezin' });
  await expect(history.getByRole('listitem').first()).toContainText(text);
  await expect(history.getByRole('listitem').first()).toContainText('door Emma Smit');
  await expect(history).toContainText('(namens Emma Smit)');
  await checkScreen(page, 'portal-plan', 390);
});

test('Karin, Emma’s guardian, sees the goals granted to her but not Emma’s own goal, and reads what she may only read', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, karin);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Karin');
  await page.goto(`/plannen/${await emmaPlanId(page)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');
  const goals = block(page, 'Doelen en acties');
  await expect(goals.getByRole('article', { name: 'Elke dag op tijd op school' })).toBeVisible();
  await expect(goals.getByRole('article', { name: 'Minder ruzie thuis' })).toBeVisible();
  await expect(main(page)).not.toContainText('Een eigen plek om tot rust te komen');
  // The questionnaire is hers to read only: no text boxes there, the answers as text.
  const vragen = block(page, 'Vragen vooraf');
  await expect(vragen).toContainText('U kunt dit deel lezen, maar niet veranderen.');
  await expect(vragen.getByRole('textbox')).toHaveCount(0);
  // She may add measurements to "Elke dag op tijd op school", but not edit it.
  const onTime = goals.getByRole('article', { name: 'Elke dag op tijd op school' });
  await expect(onTime.getByRole('button', { name: 'Meting toevoegen' })).toBeVisible();
  await expect(onTime.getByRole('textbox')).toHaveCount(0);
  await checkScreen(page, 'karin-plan', 390);
});

test('Karin signs the plan as seen and downloads what she signed; the plan’s own PDF holds only what she may see', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, karin);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Karin');
  const planId = await emmaPlanId(page);
  await page.goto(`/plannen/${planId}`);
  const signatures = block(page, 'Ondertekening');
  await signatures.getByRole('button', { name: 'Ondertekenen voor gezien' }).click();
  await expect(signatures).toContainText('U heeft het plan ondertekend: voor gezien.');
  const pdfLinks = signatures.getByRole('link', { name: /PDF van deze ondertekening door Karin Smit/ });
  await expect(pdfLinks.first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), pdfLinks.last().click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const signed = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(signed).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The plan as a PDF: downloaded through the same session, a real PDF in Dutch.
  const [whole] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('link', { name: 'Het plan als PDF downloaden' }).click()]);
  const bytes = Buffer.concat(await (await whole.createReadStream()).toArray());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain('/Lang (nl-NL)');
  await checkScreen(page, 'karin-signed');
});

test('Emma and Daan edit the same answer at once: Daan sees both versions and chooses; nothing is lost', async ({ browser }) => {
  test.setTimeout(240_000);
  const coach = await signedIn(browser, daan, 1280);
  const resident = await signedIn(browser, emma, 390);
  try {
    const planId = await emmaPlanId(coach.page);
    await coach.page.goto(`/werk/plannen/${planId}`);
    await expect(coach.page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');
    await resident.page.goto(`/plannen/${planId}`);
    await expect(resident.page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');

    // Emma saves first.
    const emmaText = unique('Emma maakt zich zorgen over de toets');
    const emmaBox = block(resident.page, 'Vragen vooraf').getByRole('textbox', { name: 'Waar maak je je zorgen over?' });
    await emmaBox.fill(emmaText);
    await emmaBox.press('Tab');
    await expect(resident.page.locator('#pf-vragen-zorgen-status')).toHaveText('Opgeslagen');

    // Daan, whose page still has the version before hers, saves the same field: the save is refused (409).
    const daanText = unique('Daan: zorgen over slapen');
    const vragen = block(coach.page, 'Vragen vooraf');
    const daanBox = vragen.getByRole('textbox', { name: 'Waar maak je je zorgen over?' });
    await daanBox.fill(daanText);
    await daanBox.press('Tab');
    const conflict = vragen.getByRole('group', { name: 'Iemand anders heeft dit ook veranderd' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('region', { name: 'Uw versie' })).toContainText(daanText);
    await expect(conflict.getByRole('region', { name: 'Versie van Emma Smit' })).toContainText(emmaText);
    await expect(conflict.getByRole('heading', { name: 'Iemand anders heeft dit ook veranderd' })).toBeFocused();
    await expect(coach.page.locator('#pf-vragen-zorgen-status')).toHaveText(/Niet opgeslagen/);
    await checkScreen(coach.page, 'conflict');

    // He keeps his own, now saved on top of Emma's version; her text stays in the history.
    await conflict.getByRole('button', { name: 'Mijn versie bewaren' }).click();
    await expect(coach.page.locator('#pf-vragen-zorgen-status')).toHaveText('Opgeslagen');
    await expect(conflict).toHaveCount(0);
    await vragen.getByRole('button', { name: /^Geschiedenis van Waar maak je je zorgen over/ }).click();
    const history = vragen.getByRole('region', { name: 'Geschiedenis van Waar maak je je zorgen over?' });
    await expect(history.getByRole('listitem').nth(0)).toContainText(daanText);
    await expect(history.getByRole('listitem').nth(1)).toContainText(emmaText);
  } finally {
    await coach.context.close();
    await resident.context.close();
  }
});

test('Daan in the workspace adds a goal with a measurement and sees its chart and table; then the plan in English', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, daan);
  await expect(page).toHaveURL(/\/werk/);
  await page.setViewportSize({ width: 1280, height: 800 });
  const dossiers = (await (await page.request.get('/api/dossiers')).json()) as { items: Array<{ id: string; resident: { firstName: string } }> };
  const dossierId = dossiers.items.find((d) => d.resident.firstName === 'Emma')!.id;
  await page.goto(`/werk/dossiers/${dossierId}`);
  await waitForPage(page);
  await page.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Plannen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plannen');
  await expect(main(page).getByRole('link', { name: 'Nieuw plan' })).toHaveAttribute('href', `/werk/dossiers/${dossierId}/plannen/nieuw`);
  await checkScreen(page, 'work-list');
  await main(page).getByRole('link', { name: /^Jeugdplan Emma/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');
  await expect(main(page).getByRole('link', { name: 'Rechten' })).toHaveAttribute('href', /\/werk\/plannen\/[0-9a-f-]+\/rechten$/);
  // The coach sees Emma's own goal too.
  await expect(main(page).getByRole('article', { name: 'Een eigen plek om tot rust te komen' })).toBeVisible();

  // A new goal, with the keyboard where it matters.
  const goals = block(page, 'Doelen en acties');
  const title = unique('Elke week sporten');
  await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
  const form = goals.getByRole('form', { name: 'Nieuw doel' });
  await form.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(form.getByRole('link', { name: /Doel/ })).toBeVisible();
  await form.getByRole('textbox', { name: 'Doel' }).fill(title);
  await form.getByLabel('Leefgebied').selectOption({ label: 'Zelfzorg' });
  await form.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(goals.getByRole('status').first()).toContainText(`Het doel ‘${title}’ is toegevoegd.`);
  const goal = goals.getByRole('article', { name: title });
  await expect(goal).toBeVisible();

  // A measurement on the goal's scale; the chart and its table show it.
  await goal.getByRole('button', { name: 'Meting toevoegen' }).click();
  const measurement = goal.getByRole('form', { name: 'Nieuwe meting' });
  await measurement.getByLabel('Score').selectOption('6');
  await measurement.getByLabel(/Toelichting/).fill('Twee keer gesport');
  await measurement.getByRole('button', { name: 'Meting opslaan' }).click();
  await expect(goal.getByRole('img', { name: /Lijngrafiek van de metingen/ })).toBeVisible();
  const table = goal.getByRole('table', { name: /Metingen bij/ });
  await expect(table.getByRole('row').nth(1)).toContainText('6');
  await expect(table.getByRole('row').nth(1)).toContainText('Twee keer gesport');
  await expect(table.getByRole('row').nth(1)).toContainText('Daan Bakker');
  await checkScreen(page, 'work-plan');

  // The same page in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(main(page).getByRole('link', { name: 'Back to the plans' })).toBeVisible();
  await expect(main(page)).toContainText('Template: Jeugdplan integraal, version 1.');
  await expect(goals.getByRole('button', { name: 'Add a goal' })).toBeVisible();
  await expect(main(page).getByRole('button', { name: /^History of Situatie/ })).toBeVisible();
  await expect(block(page, 'Wat telt voor jou').getByRole('table', { name: /Latest scores/ })).toBeVisible();
  await checkScreen(page, 'work-plan-english');
  await page.getByRole('button', { name: 'Nederlands' }).click();
});

test('Sanne reads Jan’s ZRM: levels by name, the change since last time in words, radar and table', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'sanne.devries@wijkteam.demoland.example');
  await expect(page).toHaveURL(/\/werk/);
  const dossiers = (await (await page.request.get('/api/dossiers')).json()) as { items: Array<{ id: string; resident: { firstName: string }; closedOn: string | null }> };
  const dossierId = dossiers.items.find((d) => d.resident.firstName === 'Jan' && !d.closedOn)!.id;
  const plans = (await (await page.request.get(`/api/dossiers/${dossierId}/plans`)).json()) as { items: Array<{ id: string; title: string }> };
  await page.goto(`/werk/plannen/${plans.items.find((p) => p.title === 'Ondersteuningsplan Jan')!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ondersteuningsplan Jan');
  const zrm = block(page, 'Zelfredzaamheid (ZRM)');
  await expect(zrm.getByRole('img', { name: /Radargrafiek van de zelfredzaamheid/ })).toBeVisible();
  const table = zrm.getByRole('table', { name: /Zelfredzaamheid per onderwerp/ });
  await expect(table.getByRole('row', { name: /^Justitie/ })).toContainText('5 – Volledig zelfredzaam');
  await expect(table.getByRole('row', { name: /^Lichamelijke gezondheid/ })).toContainText('↑ hoger');
  await expect(table.getByRole('row', { name: /^Huisvesting/ })).toContainText('= gelijk');
  await expect(zrm.getByRole('button', { name: 'ZRM invullen' })).toBeVisible();
  await expect(block(page, 'Ingezette zorg en diensten').getByRole('link', { name: 'Naar de zorg en diensten in het dossier' })).toBeVisible();
  await checkScreen(page, 'zrm');
});

test('Daan corrects a measurement and a Wat Telt moment of his own from their table rows, with the keyboard, and withdraws them again', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, daan);
  await expect(page).toHaveURL(/\/werk/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/werk/plannen/${await emmaPlanId(page)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');

  // His own goal and measurement first: demo rows other journeys read stay as they are.
  const goals = block(page, 'Doelen en acties');
  const title = unique('Op tijd naar bed');
  await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
  const newGoal = goals.getByRole('form', { name: 'Nieuw doel' });
  await newGoal.getByRole('textbox', { name: 'Doel' }).fill(title);
  await newGoal.getByLabel('Leefgebied').selectOption({ label: 'Zelfzorg' });
  await newGoal.getByRole('button', { name: 'Doel opslaan' }).click();
  const goal = goals.getByRole('article', { name: title });
  await goal.getByRole('button', { name: 'Meting toevoegen' }).click();
  const add = goal.getByRole('form', { name: 'Nieuwe meting' });
  await add.getByLabel('Score').selectOption('4');
  await add.getByLabel(/Toelichting/).fill('Eerste keer');
  await add.getByRole('button', { name: 'Meting opslaan' }).click();
  await expect(goal.getByRole('button', { name: 'Meting toevoegen' })).toBeFocused();
  const table = goal.getByRole('table', { name: /Metingen bij/ });
  await expect(table.getByRole('row').nth(1)).toContainText('4');

  // Correct it from its row: the form opens with focus on the score; Enter on the button, keys in the form.
  const correct = table.getByRole('button', { name: /^Corrigeren meting 4 van / });
  await correct.focus();
  await page.keyboard.press('Enter');
  const form = goal.getByRole('form', { name: /^Meting 4 van .* corrigeren/ });
  await expect(form.getByLabel('Score')).toBeFocused();
  await expect(form.getByLabel('Score')).toHaveValue('4');
  await form.getByLabel('Score').selectOption('7');
  await form.getByLabel(/Toelichting/).fill('Verkeerd overgenomen, het was 7');
  await checkScreen(page, 'correct-measurement-form', 1280, 'corr');
  await form.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(goal.getByRole('status').first()).toContainText('De correctie is opgeslagen. De nieuwe score is 7.');
  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText('7');
  await expect(row).toContainText('Verkeerd overgenomen, het was 7');
  await expect(row).toContainText(/Gecorrigeerd op .* door Daan Bakker\./);
  // Focus went back to the table, not to the top of the page.
  await expect(goal.getByRole('region', { name: /Metingen bij/ })).toBeFocused();
  // The earlier value is kept and one click (or Enter) away.
  await row.getByText('Eerdere waarde').click();
  await expect(row.getByRole('listitem')).toContainText(/^4 op .*, door Daan Bakker – Eerste keer$/);
  await checkScreen(page, 'corrected-measurement', 1280, 'corr');

  // Withdraw it: the reason is asked at its field before anything is sent.
  await table.getByRole('button', { name: /^Corrigeren meting 7 van / }).click();
  const again = goal.getByRole('form', { name: /^Meting 7 van .* corrigeren/ });
  await again.getByRole('checkbox', { name: /Intrekken/ }).check();
  await again.getByRole('button', { name: 'Meting intrekken' }).click();
  await expect(again.getByRole('link', { name: /Waarom trekt u de meting in/ })).toBeVisible();
  await expect(again.getByLabel(/Waarom trekt u de meting in/)).toHaveAttribute('aria-invalid', 'true');
  await again.getByLabel(/Waarom trekt u de meting in/).fill('Bij het verkeerde doel ingevuld');
  await again.getByRole('button', { name: 'Meting intrekken' }).click();
  await expect(goal.getByRole('status').first()).toContainText('De meting is ingetrokken.');
  await expect(goal).toContainText('Er zijn nog geen metingen.');

  // A Wat Telt moment of his own, dated long ago so the latest scores others read stay the same.
  const watTelt = block(page, 'Wat telt voor jou');
  await watTelt.getByRole('button', { name: 'Scores invullen' }).click();
  const scores = watTelt.getByRole('form', { name: /^Nieuwe scores voor/ });
  await scores.getByLabel('Datum').fill('2025-01-15');
  await scores.getByRole('radiogroup', { name: 'Thuis' }).getByLabel('3', { exact: true }).check();
  await scores.getByRole('button', { name: 'Scores opslaan' }).click();
  // The form closes and focus returns to its button before the next step.
  await expect(watTelt.getByRole('button', { name: 'Scores invullen' })).toBeFocused();
  const moments = watTelt.getByRole('table', { name: 'Alle metingen, de nieuwste eerst' });
  const fix = moments.getByRole('button', { name: 'Corrigeren scores van 15 januari 2025, door Daan Bakker' });
  await fix.click();
  const scoreForm = watTelt.getByRole('form', { name: 'Scores van 15 januari 2025 corrigeren (Daan Bakker)' });
  await expect(scoreForm.getByRole('checkbox', { name: /Intrekken/ })).toBeFocused();
  await expect(scoreForm.getByRole('radiogroup', { name: 'Thuis' }).getByLabel('3', { exact: true })).toBeChecked();
  await scoreForm.getByRole('radiogroup', { name: 'Thuis' }).getByLabel('5', { exact: true }).check();
  await scoreForm.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(watTelt.getByRole('status').filter({ hasText: 'De correctie van de scores is opgeslagen.' })).toBeVisible();
  const corrected = moments.getByRole('row', { name: /^15 januari 2025/ });
  await expect(corrected).toContainText(/Gecorrigeerd op .* door Daan Bakker\./);
  await corrected.getByText('Eerdere waarde').click();
  await expect(corrected.getByRole('listitem')).toContainText('15 januari 2025: Thuis 3');
  await checkScreen(page, 'corrected-scores', 1280, 'corr');

  // In English, then withdrawn again, so the demo plan looks as before (but for the history).
  await page.getByRole('button', { name: 'English' }).click();
  const momentsEnglish = watTelt.getByRole('table', { name: 'All measurements, newest first' });
  const correctedEnglish = momentsEnglish.getByRole('row', { name: /^January 15, 2025/ });
  await expect(correctedEnglish.getByRole('button', { name: /^Correct scores of January 15, 2025/ })).toBeVisible();
  await expect(correctedEnglish).toContainText(/Corrected on .* by Daan Bakker\./);
  await correctedEnglish.getByRole('button', { name: /^Correct scores of January 15, 2025/ }).click();
  const english = watTelt.getByRole('form', { name: /^Correct the scores of January 15, 2025/ });
  await english.getByRole('checkbox', { name: /Withdraw/ }).check();
  await checkScreen(page, 'withdraw-scores-english', 1280, 'corr');
  await english.getByRole('button', { name: 'Withdraw measurement' }).click();
  await expect(watTelt.getByRole('status').filter({ hasText: 'The measurement has been withdrawn.' })).toBeVisible();
  await expect(momentsEnglish.getByRole('row', { name: /^January 15, 2025/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nederlands' }).click();

  // The rights of his goal, saved from a screen that someone else's save made stale: both versions, and a choice.
  const planId = await emmaPlanId(page);
  await page.goto(`/werk/plannen/${planId}/rechten`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rechten in het plan');
  const section = main(page).getByRole('region', { name: `Doel: ${title}` });
  await expect(section.getByLabel(`Karin Smit ziet ‘${title}’`)).toBeChecked();
  const csrf = ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
  const stored = (await (await page.request.get(`/api/plans/${planId}/rights`)).json()) as { version: number; participants: Array<{ personId: string; goalRights: Record<string, { canView: boolean; canWrite: boolean; canMeasure: boolean }> }> };
  const goalId = (await section.getByRole('checkbox').first().getAttribute('id'))!.slice('goal-'.length, 'goal-'.length + 36);
  const elsewhere = await page.request.put(`/api/plans/${planId}/goals/${goalId}/rights`, {
    data: { version: stored.version, rights: stored.participants.map((p) => ({ personId: p.personId, ...(p.goalRights[goalId] ?? { canView: false, canWrite: false, canMeasure: false }) })) },
    headers: { 'x-csrf-token': csrf },
  });
  expect(elsewhere.status()).toBe(200);
  await section.getByLabel(`Karin Smit ziet ‘${title}’`).uncheck();
  await section.getByRole('button', { name: `Rechten van ‘${title}’ opslaan` }).click();
  await expect(section.getByRole('heading', { name: 'Iemand anders heeft intussen opgeslagen' })).toBeFocused();
  await expect(section.getByRole('region', { name: 'Uw keuze (nog niet opgeslagen)' })).toContainText('Karin Smit: ziet dit doel niet');
  await expect(section.getByRole('region', { name: 'Nu opgeslagen' })).toContainText('Karin Smit: Zien');
  await checkScreen(page, 'goal-rights-conflict', 1280, 'corr');
  await section.getByRole('button', { name: 'Mijn keuze opslaan' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: `De rechten van ‘${title}’ zijn opgeslagen.` })).toBeVisible();
  await expect(main(page).getByRole('heading', { name: `Doel: ${title}` })).toBeFocused();
  await expect(main(page).getByRole('region', { name: `Doel: ${title}` }).getByLabel(`Karin Smit ziet ‘${title}’`)).not.toBeChecked();
  await page.goto(`/werk/plannen/${planId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeugdplan Emma');

  // His goal goes too.
  await goal.getByRole('button', { name: `Doel weghalen ${title}` }).click();
  await goal.getByRole('button', { name: 'Ja, weghalen' }).click();
  await expect(goals.getByRole('article', { name: title })).toHaveCount(0);
});
