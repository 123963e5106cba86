import { expect, type Page } from '@playwright/test';
import { mailCount, readMail, signIn } from './auth.js';
import { expectNoAxeViolations, testAllowingRefusals, waitForPage } from './support.js';

const sanne = 'sanne.devries@wijkteam.demoland.example';
const daan = 'daan.bakker@wijkteam.demoland.example';
const piet = 'piet.deboer.e2e@demoland.example';

/**
 * The forms in this journey are sent with mistakes on purpose: the server's 400 answer (and its field messages) is
 * what the page must show. Chromium logs such an answer as a console error; those, and only those, are expected.
 */
const test = testAllowingRefusals((url, text) => /\/api\/(me|auth\/|dossiers\b)/.test(url) && /status of (400|401|409|429)\b/.test(text));

/** 0 axe violations and no sideways scrolling at 390 and 1280 px, with a full-page screenshot of each. Ends at 1280. */
async function checkScreen(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await waitForPage(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow of ${name} at ${width} px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `/tmp/shots/web-work-${name}-${width}.png`, fullPage: true });
  }
}

const main = (page: Page) => page.getByRole('main');
const section = (page: Page, name: string | RegExp) => main(page).getByRole('region', { name });

test.slow();

test('coach Sanne fills a dossier: journal by keyboard, standard action, service, involved party, relatives, and closes a new dossier', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, sanne);
  await expect(page).toHaveURL(/\/werk$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caseload');
  await expect(page.getByLabel('Mijn dossiers')).toBeChecked();
  const results = main(page).getByRole('status').filter({ hasText: /dossier/ });
  await expect(results).toContainText('meest recente activiteit eerst');
  await expect(main(page).getByRole('link', { name: 'Jan de Boer' })).toBeVisible();
  await checkScreen(page, 'caseload');

  // Search: typing pauses, then the search goes out and lands in the address.
  await page.getByLabel('Zoeken', { exact: true }).fill('Boer');
  await expect(page).toHaveURL(/q=Boer/);
  await expect(results).toHaveText('1 dossier, de meest recente activiteit eerst');
  // The address holds the choice; the radio follows once the router has it.
  await page.getByLabel('Team', { exact: true }).click();
  await expect(page.getByLabel('Team', { exact: true })).toBeChecked();
  await expect(page).toHaveURL(/scope=team/);
  await checkScreen(page, 'caseload-search');
  await main(page).getByRole('link', { name: 'Jan de Boer' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jan de Boer');
  await expect(main(page).getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: 'Overzicht' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await checkScreen(page, 'dossier');

  // Contact journal, with the keyboard only. First without a note: the server's message at the field, nothing added.
  const journal = section(page, 'Contactjournaal');
  const entries = journal.getByRole('list', { name: 'Contactjournaal' }).getByRole('listitem');
  const before = await entries.count();
  await journal.getByRole('button', { name: 'Notitie toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(journal.getByLabel('Datum')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(journal.getByLabel('Soort contact')).toBeFocused();
  await expect(journal.getByLabel('Soort contact')).toContainText('Telefoon');
  await page.keyboard.type('Tel');
  await expect(journal.getByLabel('Soort contact')).toHaveValue('phone');
  await page.keyboard.press('Tab');
  await expect(journal.getByLabel('Leefgebied')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(journal.getByLabel('Notitie', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(journal.getByLabel('Zichtbaar voor inwoner')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(journal.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  const summary = journal.getByRole('heading', { name: 'Er is iets niet goed ingevuld' });
  await expect(summary).toBeVisible();
  await expect(page.locator(':focus')).toContainText('Er is iets niet goed ingevuld');
  await expect(journal.getByLabel('Notitie', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(journal.getByText('Dit veld is verplicht.').first()).toBeVisible();
  await expect(entries).toHaveCount(before);
  await checkScreen(page, 'journal-error');
  // The summary links to the field; the input is still there.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Notitie: Dit veld is verplicht.');
  await page.keyboard.press('Enter');
  await expect(journal.getByLabel('Notitie', { exact: true })).toBeFocused();
  await expect(journal.getByLabel('Soort contact')).toHaveValue('phone');
  await expect(journal.getByLabel('Zichtbaar voor inwoner')).toBeChecked();
  await page.keyboard.type('Jan belde over de huurtoeslag; formulier samen ingevuld.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(journal.getByRole('status')).toHaveText('De notitie is toegevoegd.');
  await expect(journal.getByRole('button', { name: 'Notitie toevoegen' })).toBeFocused();
  await expect(entries).toHaveCount(before + 1);
  const entry = entries.first();
  await expect(entry).toContainText('Jan belde over de huurtoeslag');
  await expect(entry).toContainText('Zichtbaar voor inwoner');

  // An action from the standard catalogue: its name fills the text.
  const actions = section(page, 'Acties');
  await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
  await actions.getByLabel('Standaardactie', { exact: true }).check();
  await actions.getByRole('combobox', { name: 'Standaardactie' }).selectOption({ label: 'Aanmelden bij schuldhulpverlening' });
  await expect(actions.getByLabel('Wat moet er gebeuren')).toHaveValue('Aanmelden bij schuldhulpverlening');
  await actions.getByLabel('Wie doet het').fill('Jan');
  await actions.getByLabel('Gepland op').fill('31-02-2027');
  await actions.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actions.getByText('Vul een bestaande datum in als dd-mm-jjjj, bijvoorbeeld 05-01-2026.').first()).toBeVisible();
  await checkScreen(page, 'action-error');
  await actions.getByLabel('Gepland op').fill('15-01-2027');
  await actions.getByRole('button', { name: 'Opslaan' }).click();
  await expect(actions.getByRole('status')).toHaveText('De actie is toegevoegd.');
  const action = actions.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Aanmelden bij schuldhulpverlening', exact: true }) });
  await expect(action).toContainText('15-01-2027');
  await action.getByRole('button', { name: 'Afvinken Aanmelden bij schuldhulpverlening' }).click();
  await expect(action).toContainText('Klaar op');

  // A plan text, with its earlier versions.
  const plan = section(page, /^Plan$/);
  await plan.getByRole('button', { name: 'Bewerken Mijn/onze afspraken' }).click();
  await expect(plan.getByRole('textbox', { name: 'Mijn/onze afspraken' })).toBeFocused();
  await plan.getByRole('textbox', { name: 'Mijn/onze afspraken' }).fill('Sanne helpt met de post. Jan belt zelf de huisarts.');
  await plan.getByRole('button', { name: 'Opslaan' }).click();
  await expect(plan.getByRole('status')).toHaveText('‘Mijn/onze afspraken’ is opgeslagen.');
  await expect(plan.getByRole('article', { name: 'Mijn/onze afspraken' })).toContainText('door Sanne de Vries');
  await plan.getByRole('button', { name: 'Eerdere versies tonen Mijn/onze afspraken' }).click();
  await expect(plan.getByRole('list', { name: 'Eerdere versies' }).getByRole('listitem').first()).toBeVisible();

  // A specialist service; empty first, so the required fields are named.
  const services = section(page, 'Inzet specialistische voorzieningen');
  await services.getByRole('button', { name: 'Voorziening toevoegen' }).click();
  await services.getByRole('button', { name: 'Opslaan' }).click();
  await expect(services.getByLabel('Product of dienst')).toHaveAttribute('aria-invalid', 'true');
  await expect(services.getByLabel('Leverancier')).toHaveAttribute('aria-invalid', 'true');
  await services.getByLabel('Product of dienst').fill('Dagbesteding');
  await services.getByLabel('Leverancier').fill('Begeleiding Het Anker');
  await services.getByLabel('Begindatum').fill('1-2-2027');
  await services.getByLabel('Status').selectOption({ label: 'Toegekend' });
  await services.getByRole('button', { name: 'Opslaan' }).click();
  await expect(services.getByRole('status')).toHaveText('De voorziening is toegevoegd.');
  await expect(services.getByRole('listitem').filter({ hasText: 'Dagbesteding' })).toContainText('01-02-2027 tot open');

  // An involved party: a wrong phone number gets the server's own explanation at the field.
  const parties = section(page, 'Betrokken personen en instellingen');
  await parties.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
  await parties.getByLabel('Naam').fill('Huisartsenpraktijk De Linde');
  await parties.getByLabel('Contactpersoon').fill('Dokter Visser');
  await parties.getByLabel('Telefoon').fill('bel maar');
  await parties.getByLabel('E-mail').fill('praktijk@huisarts.example');
  await parties.getByRole('button', { name: 'Opslaan' }).click();
  await expect(parties.getByText(/Vul een telefoonnummer in/).first()).toBeVisible();
  await checkScreen(page, 'party-error');
  await parties.getByLabel('Telefoon').fill('0123 456 789');
  await parties.getByRole('button', { name: 'Opslaan' }).click();
  await expect(parties.getByRole('status')).toHaveText('De betrokkene is toegevoegd.');
  await expect(parties.getByRole('listitem').filter({ hasText: 'Huisartsenpraktijk De Linde' })).toContainText('Dokter Visser');

  // A relative who may view, invited by e-mail.
  const relatives = section(page, 'Wie mag inloggen');
  const mails = await mailCount(page, piet);
  await relatives.getByRole('button', { name: 'Naaste toevoegen' }).click();
  await relatives.getByLabel('Voornaam').fill('Piet');
  await relatives.getByLabel('Tussenvoegsel').fill('de');
  await relatives.getByLabel('Achternaam').fill('Boer');
  await relatives.getByLabel('Relatie').fill('Zoon');
  await relatives.getByLabel('Toegang', { exact: true }).selectOption('view');
  await expect(relatives.getByLabel('Wettelijk vertegenwoordiger')).toHaveCount(0);
  await relatives.getByLabel('E-mailadres').fill(piet);
  await relatives.getByLabel('Uitnodiging sturen').check();
  await relatives.getByRole('button', { name: 'Opslaan' }).click();
  await expect(relatives.getByRole('status')).toHaveText('Piet is toegevoegd en krijgt een uitnodiging per e-mail.');
  const pietItem = relatives.getByRole('listitem').filter({ hasText: 'Piet de Boer' });
  await expect(pietItem).toContainText('Mag meekijken');
  await expect(pietItem).toContainText('Account aangemaakt of uitgenodigd');
  expect(await readMail(page, piet, mails, /https?:\/\/\S+/)).toContain('http');

  // Piet is only to be kept informed after all. (Ria's level is left alone: the portal journeys run against the
  // same server and count on her being a viewer.)
  await pietItem.getByRole('button', { name: 'Toegang wijzigen Piet de Boer' }).click();
  await pietItem.getByLabel('Toegang', { exact: true }).selectOption('informed');
  // He reads English: his notices will be in English.
  await expect(pietItem.getByLabel('Taal van e-mails')).toHaveValue('nl');
  await pietItem.getByLabel('Taal van e-mails').selectOption({ label: 'Engels' });
  await pietItem.getByRole('button', { name: 'Opslaan' }).click();
  await expect(relatives.getByRole('status')).toHaveText('De toegang van Piet de Boer is nu: Krijgt berichten, logt niet in.');
  await expect(pietItem).toContainText('Krijgt berichten, logt niet in');
  await checkScreen(page, 'dossier-filled');

  // A new dossier for a new resident, closed straight away.
  await page.goto('/werk');
  await main(page).getByRole('link', { name: 'Nieuw dossier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw dossier');
  await page.getByLabel('Voornaam').fill('Sara');
  await page.getByLabel('Achternaam').fill('Yildiz');
  await page.getByLabel('BSN').fill('12345');
  await page.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(page.getByLabel('BSN')).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page).getByText('Een BSN bestaat uit 9 cijfers.').first()).toBeVisible();
  await checkScreen(page, 'new-dossier-error');
  await page.getByLabel('BSN').fill('');
  await page.getByLabel('Geboortedatum').fill('12-05-1990');
  await page.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sara Yildiz');
  await expect(main(page)).toContainText('WT Volwassenen');
  // Sara cannot sign in yet: Sanne invites her; the link goes to the address she gives.
  const sara = 'sara.yildiz@example.test';
  const who = section(page, 'Wie mag inloggen');
  await who.getByRole('button', { name: 'Inwoner uitnodigen' }).click();
  await who.getByRole('button', { name: 'Uitnodiging sturen' }).click();
  await expect(who.getByLabel('E-mailadres van de inwoner')).toHaveAttribute('aria-invalid', 'true');
  const saraMails = await mailCount(page, sara);
  await who.getByLabel('E-mailadres van de inwoner').fill(sara);
  await who.getByRole('button', { name: 'Uitnodiging sturen' }).click();
  await expect(who).toContainText('De inwoner is uitgenodigd en heeft nog niet ingelogd.');
  expect(await readMail(page, sara, saraMails, /\/uitnodiging\?organisatie=demoland&token=\S+/)).toContain('token=');
  const close = section(page, 'Dossier afsluiten');
  await close.getByRole('button', { name: 'Dossier afsluiten…' }).click();
  await close.getByLabel('Reden van afsluiting').selectOption({ label: 'Doelen behaald' });
  await checkScreen(page, 'close-form');
  await close.getByRole('button', { name: 'Dossier afsluiten' }).click();
  await expect(page.locator(':focus')).toContainText(/Dit dossier is gesloten op .* \(Doelen behaald\)/);
  await expect(main(page).getByRole('button', { name: 'Notitie toevoegen' })).toHaveCount(0);
  await expect(main(page).getByRole('button', { name: /Dossier afsluiten/ })).toHaveCount(0);
  await checkScreen(page, 'dossier-closed');
});

test('coach Daan opens Jan’s dossier outside his team by breaking the glass, with the keyboard', async ({ page }) => {
  await signIn(page, daan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caseload');
  await page.getByLabel('Zoeken buiten mijn team').click();
  await expect(page.getByLabel('Zoeken buiten mijn team')).toBeChecked();
  await expect(main(page).getByText('Typ minstens 3 tekens om buiten uw team te zoeken.')).toBeVisible();
  await page.getByLabel('Zoeken', { exact: true }).fill('jan de');
  const row = main(page).getByRole('link', { name: 'Jan de Boer (buiten uw team)' });
  await expect(row).toBeVisible();
  await checkScreen(page, 'caseload-outside');

  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier openen buiten uw team');
  await expect(main(page)).toContainText('Het dossier van Jan de Boer (WT-');
  await expect(main(page)).toContainText('Wie heeft mijn gegevens bekeken');
  await checkScreen(page, 'break-glass');

  const reason = page.getByLabel('Reden');
  await reason.focus();
  await page.keyboard.type('Nodig');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reden vastleggen en dossier openen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('Er is iets niet goed ingevuld');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page).getByText('Schrijf een reden van minstens 10 tekens.').first()).toBeVisible();
  await checkScreen(page, 'break-glass-error');

  await reason.focus();
  await page.keyboard.type(' voor een zorgmelding van de huisarts over Jan.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jan de Boer');
  await expect(page).toHaveURL(/\/werk\/dossiers\/[0-9a-f-]+$/);
  await expect(main(page)).toContainText('U heeft dit dossier geopend met een doorbraak');
  await checkScreen(page, 'dossier-break-glass');
});

test('the workspace in English: caseload, dossier and a form error', async ({ page }) => {
  await signIn(page, sanne);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caseload');
  // Signed in, the switch also stores her mail language.
  const toEnglish = page.waitForResponse((response) => response.url().endsWith('/api/me/language') && response.request().method() === 'PUT');
  await page.getByRole('button', { name: 'English' }).click();
  expect((await toEnglish).status()).toBe(204);
  await expect(page.getByLabel('My dossiers')).toBeChecked();
  await expect(main(page).getByRole('status').filter({ hasText: /most recent activity first/ })).toBeVisible();
  await checkScreen(page, 'caseload-en');
  await main(page).getByRole('link', { name: 'Mohamed Yilmaz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mohamed Yilmaz');
  const journal = section(page, 'Contact journal');
  await journal.getByRole('button', { name: 'Add a note' }).click();
  await journal.getByLabel('Date').fill('yesterday');
  await journal.getByRole('button', { name: 'Save' }).click();
  await expect(journal.getByText('Enter a real date as dd-mm-yyyy, for example 05-01-2026.').first()).toBeVisible();
  await expect(journal.getByLabel('Type of contact')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'dossier-en');
  // The switch also set Sanne's mail language; other journeys read her notices, so she goes back to Dutch.
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/me/language') && response.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  expect((await saved).status()).toBe(204);
});
