import { expect, type Page } from '@playwright/test';
import { checkScreen, demoPassword, mailCount, readCode, readMail } from './auth.js';
import { test, waitForPage } from './support.js';

// Peter (functional administrator) is signed in by this journey only. Everything it changes is its own (a newly
// invited professional, a new team and group) or is put back before the end (one setting). It never publishes terms:
// every other journey's people would then have to accept them.
const peter = 'peter.jansen@demoland.example';

// A long journey with twelve screens checked at two widths.
test.setTimeout(300_000);

const main = (page: Page) => page.getByRole('main');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const status = (page: Page) => page.locator('.sp-admin-status');

/** Password, then the mailed code (the sign-in page also offers a passkey, hence the exact button name). */
async function signInAsPeter(page: Page) {
  await page.goto('/inloggen');
  await waitForPage(page);
  const before = await mailCount(page, peter);
  await main(page).getByLabel('E-mailadres').fill(peter);
  await main(page).getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await main(page).getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expect(heading(page)).toHaveText('Vul de code in die we u hebben gemaild');
  await page.getByLabel('Code uit de e-mail').fill(await readCode(page, peter, before));
  await page.getByRole('button', { name: 'Verzenden' }).click();
}

test('beheer: invite a professional with a team and group, deactivate and reactivate them, make a team and a group, change a setting and back', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const email = `bram.e2e.${stamp}@wijkteam.demoland.example`;
  const surname = `Proef-${stamp}`;

  await signInAsPeter(page);
  await expect(page).toHaveURL(/\/werk\/beheer$/);
  await expect(heading(page)).toHaveText('Beheer');
  await expect(main(page).getByRole('link', { name: 'Sjablonen' })).toHaveAttribute('href', '/werk/beheer/sjablonen');
  await checkScreen(page, 'admin-1-home');

  // Medewerkers: search with the keyboard.
  await main(page).getByRole('link', { name: 'Medewerkers' }).click();
  await expect(heading(page)).toHaveText('Medewerkers');
  await page.getByLabel('Zoek op naam of e-mailadres').focus();
  await page.keyboard.type('Vries');
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('heading', { name: '1 medewerker gevonden voor ‘Vries’' })).toBeVisible();
  const sanne = main(page).getByRole('listitem').filter({ hasText: 'sanne.devries@wijkteam.demoland.example' });
  await expect(sanne).toContainText('WT Volwassenen');
  await expect(sanne).toContainText('Wijkteam coaches');
  await checkScreen(page, 'admin-2-staff');

  // Invite: an empty form is refused in the browser, the summary takes focus.
  await main(page).getByRole('link', { name: 'Nieuwe medewerker uitnodigen' }).click();
  await expect(heading(page)).toHaveText('Medewerker uitnodigen');
  await main(page).getByLabel('Voornaam').fill('');
  await main(page).getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.locator('.sp-form-errors')).toBeFocused();
  await expect(main(page).getByLabel('Achternaam')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'admin-3-invite-errors');

  await main(page).getByLabel('Voornaam').fill('Bram');
  await main(page).getByLabel('Achternaam').fill(surname);
  await main(page).getByLabel('E-mailadres').fill(email);
  await main(page).getByLabel('Organisatie').selectOption({ label: 'Wijkteams Demoland' });
  await main(page).getByRole('checkbox', { name: 'WT Jeugd', exact: true }).check();
  await main(page).getByRole('checkbox', { name: 'Wijkteam coaches', exact: true }).check();
  const before = await mailCount(page, email);
  await main(page).getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(heading(page)).toHaveText(`Bram ${surname}`);
  await expect(status(page)).toContainText(`De uitnodiging is verstuurd naar ${email}.`);
  const link = await readMail(page, email, before, /https?:\/\/\S+\/uitnodiging\?\S+/);
  expect(link).toContain('organisatie=demoland');
  await expect(main(page).getByRole('checkbox', { name: 'WT Jeugd', exact: true })).toBeChecked();
  await expect(main(page).getByRole('checkbox', { name: 'Wijkteam coaches', exact: true })).toBeChecked();
  await checkScreen(page, 'admin-4-staff-detail');

  // Rights: also consultant, saved with the keyboard (Space on the checkbox, Enter on the button).
  await main(page).getByRole('checkbox', { name: 'Consulent (PA)' }).focus();
  await page.keyboard.press('Space');
  await main(page).getByRole('button', { name: 'Rechten opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('De rechten zijn opgeslagen.');
  await expect(main(page).getByRole('checkbox', { name: 'Consulent (PA)' })).toBeChecked();

  // Deactivate and reactivate the new account.
  await main(page).getByRole('button', { name: 'Account uitzetten' }).click();
  await expect(status(page)).toContainText('Het account staat uit.');
  await expect(main(page).getByRole('button', { name: 'Account weer aanzetten' })).toBeVisible();
  await checkScreen(page, 'admin-5-deactivated');
  await main(page).getByRole('button', { name: 'Account weer aanzetten' }).click();
  await expect(status(page)).toContainText('Het account staat weer aan.');
  await expect(main(page).getByRole('button', { name: 'Account uitzetten' })).toBeVisible();

  // Instellingen: change one and put it back.
  await page.goto('/werk/beheer/instellingen');
  await expect(heading(page)).toHaveText('Instellingen');
  const hours = main(page).getByLabel('Altijd uitloggen na (uren)');
  const original = await hours.inputValue();
  await hours.fill('30');
  await main(page).getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(page.locator('.sp-form-errors')).toBeFocused();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'admin-9-settings-error');
  await hours.fill(original === '11' ? '10' : '11');
  await main(page).getByRole('button', { name: 'Instellingen opslaan' }).click();
  await expect(status(page)).toContainText('Opgeslagen.');
  await hours.fill(original);
  const restored = page.waitForResponse((r) => r.url().endsWith('/api/tenant/settings') && r.request().method() === 'PUT');
  await main(page).getByRole('button', { name: 'Instellingen opslaan' }).click();
  expect((await restored).status()).toBe(200);
  await expect(hours).toHaveValue(original);
  await expect(main(page).getByText(/Laatst gewijzigd: .*\(versie \d+\)/)).toBeVisible();

  // Teams: make one, put Bram in it as aanjager.
  const teamName = `E2E team ${stamp}`;
  await page.goto('/werk/beheer/teams');
  await expect(heading(page)).toHaveText('Teams');
  await main(page).getByLabel('Naam van het team').fill(teamName);
  await main(page).getByLabel('Organisatie').selectOption({ label: 'Wijkteams Demoland' });
  await main(page).getByRole('button', { name: 'Team maken' }).click();
  await expect(status(page)).toContainText(`Team ${teamName} is gemaakt.`);
  await checkScreen(page, 'admin-6-teams');
  await main(page).getByRole('link', { name: teamName }).click();
  await expect(heading(page)).toHaveText(teamName);
  // The picker asks the server: type part of the name, then choose from what it found.
  await main(page).getByLabel('Zoek een medewerker').fill(surname);
  await expect(main(page).getByLabel('Medewerker toevoegen').locator('option', { hasText: surname })).toHaveCount(1);
  await main(page).getByLabel('Medewerker toevoegen').selectOption({ label: `Bram ${surname} (${email})` });
  await main(page).getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(status(page)).toContainText('De medewerker is toegevoegd.');
  // The box follows the server: it is ticked once the change is saved.
  const aanjager = main(page).getByRole('checkbox', { name: `Bram ${surname} is aanjager` });
  await aanjager.focus();
  await page.keyboard.press('Space');
  await expect(status(page)).toContainText(`Bram ${surname} is nu aanjager.`);
  await expect(aanjager).toBeChecked();
  await checkScreen(page, 'admin-7-team');

  // Gebruikersgroepen: make one.
  const groupName = `E2E groep ${stamp}`;
  await page.goto('/werk/beheer/gebruikersgroepen');
  await expect(heading(page)).toHaveText('Gebruikersgroepen');
  await main(page).getByLabel('Naam van de groep').fill(groupName);
  await main(page).getByRole('button', { name: 'Groep maken' }).click();
  await expect(status(page)).toContainText(`Gebruikersgroep ${groupName} is gemaakt.`);
  await main(page).getByRole('link', { name: groupName }).click();
  await expect(heading(page)).toHaveText(groupName);
  await checkScreen(page, 'admin-8-group');

  // Gebruiksvoorwaarden: shown, not published here.
  await page.goto('/werk/beheer/voorwaarden');
  await expect(heading(page)).toHaveText('Gebruiksvoorwaarden');
  await expect(main(page).getByRole('heading', { name: /Huidige versie: \d+/ })).toBeVisible();
  await checkScreen(page, 'admin-10-terms');

  // In English too.
  await page.goto('/werk/beheer');
  await waitForPage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(heading(page)).toHaveText('Administration');
  await checkScreen(page, 'admin-11-home-en');
  await main(page).getByRole('link', { name: 'Staff' }).click();
  await expect(heading(page)).toHaveText('Staff');
  await checkScreen(page, 'admin-12-staff-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(heading(page)).toHaveText('Medewerkers');
});
