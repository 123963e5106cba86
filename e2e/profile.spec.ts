import { expect, type Page } from '@playwright/test';
import { checkScreen, mailCount, readMail, signIn } from './auth.js';
import { expectNoAxeViolations, test, waitForPage } from './support.js';

// Jan's e-mail address changes in this journey and is changed back at its end.
const jan = 'jan.deboer@demoland.example';
const janNew = 'jan.nieuw@demoland.example';

// Long journeys on a shared machine; serial, because the second one changes Jan's login name for a while.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** The refusals this journey asks for on purpose (a bad phone number, a used link) are not errors of the page. */
function expectRefusals(consoleErrors: string[], count: number) {
  const refusals = consoleErrors.filter((text) => /status of 400 \(Bad Request\)/.test(text));
  expect(refusals).toHaveLength(count);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !refusals.includes(text)));
}

async function changeEmail(page: Page, to: string) {
  await page.goto('/profiel/gegevens');
  await waitForPage(page);
  const before = await mailCount(page, to);
  await page.getByLabel('E-mailadres').fill(to);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.sp-profile-status')).toContainText(`We hebben een link gestuurd naar ${to}.`);
  await expect(page.locator('.sp-profile-status')).toContainText('Tot u dat doet, logt u in met uw oude e-mailadres.');
  return readMail(page, to, before, /https?:\/\/\S+\/profiel\/email-bevestigen\?\S+/);
}

test('Jan looks at his profile, changes his phone and adds a contact person with the keyboard', async ({ page, consoleErrors }) => {
  await signIn(page, jan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');

  // Mijn profiel: facts, the BSN with only its last three digits, the BRP address with its date.
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn profiel' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn profiel');
  const main = page.getByRole('main');
  await expect(main).toContainText('******019');
  await expect(main).not.toContainText('999990019');
  await expect(main.getByText('Alleen de laatste drie cijfers worden getoond: 019')).toBeAttached();
  const address = page.getByRole('region', { name: 'Adres uit de BRP' });
  await expect(address).toContainText('Lindelaan');
  await expect(address).toContainText('1234 AB');
  await expect(address).toContainText(/Opgehaald uit de BRP op \d+ \w+ \d{4}\./);
  await checkScreen(page, 'profile-1-overview');
  await address.getByRole('button', { name: 'Adres opnieuw ophalen' }).click();
  await expect(address.locator('.sp-profile-status')).toContainText('Het adres is opnieuw opgehaald uit de BRP.');

  // Mijn (contact)gegevens: a wrong phone number first, refused at the field in Dutch, nothing changed.
  await main.getByRole('link', { name: 'Mijn (contact)gegevens wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn (contact)gegevens');
  const phone = page.getByLabel('Telefoonnummer');
  await expect(phone).toHaveValue('06 12345678');
  await checkScreen(page, 'profile-2-details');
  await phone.fill('bel mij maar');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.sp-profile-errors')).toBeFocused();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#details-phone-error')).toContainText('Vul een telefoonnummer in met 8 tot 20 tekens');
  await checkScreen(page, 'profile-3-phone-error');
  await page.reload();
  await expect(page.getByLabel('Telefoonnummer')).toHaveValue('06 12345678');
  expectRefusals(consoleErrors, 1);

  await page.getByLabel('Telefoonnummer').fill('06 87654321');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.sp-profile-status')).toContainText('Uw gegevens zijn opgeslagen.');
  await page.getByRole('link', { name: 'Terug naar Mijn profiel' }).click();
  await expect(page.getByRole('region', { name: 'Contactgegevens' })).toContainText('06 87654321');

  // Contactpersonen: the demo ones, then a new one with the keyboard only.
  await main.getByRole('link', { name: 'Mijn contactpersonen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn contactpersonen');
  const cards = page.getByRole('list', { name: 'Contactpersonen' }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText('Huisarts');
  await expect(cards.nth(2)).toContainText('Mantelzorger');
  await checkScreen(page, 'profile-4-contacts');

  await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nieuwe contactpersoon' })).toBeFocused();
  // Sending it empty says what is missing, at the field.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Naam: Vul een naam in.')).toBeVisible();
  await page.getByRole('link', { name: 'Naam: Vul een naam in.' }).press('Enter');
  await expect(page.getByLabel('Naam')).toBeFocused();
  await page.keyboard.type('Buurvrouw Fatma');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Soort contactpersoon')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Soort contactpersoon')).toHaveValue('neighbour');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Telefoonnummer')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mobiel nummer')).toBeFocused();
  await page.keyboard.type('06 55554444');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await checkScreen(page, 'profile-5-contact-form');
  await page.getByRole('button', { name: 'Opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.sp-profile-status')).toContainText('Buurvrouw Fatma is toegevoegd.');
  await expect(cards).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Buurvrouw Fatma' })).toBeFocused();
  await expect(cards.nth(3)).toContainText('Buren');

  // Remove it again, after the question, by keyboard: focus starts at the safe answer.
  await page.getByRole('button', { name: 'Verwijderen Buurvrouw Fatma' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.sp-profile-status')).toContainText('Buurvrouw Fatma is verwijderd.');
  await expect(cards).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Contactpersoon toevoegen' })).toBeFocused();

});

test('Jan changes his e-mail address: it counts once he follows the link, and only once', async ({ page, browser, consoleErrors }) => {
  await signIn(page, jan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');

  const link = await changeEmail(page, janNew);
  await checkScreen(page, 'profile-6-email-sent');
  await page.goto('/profiel');
  await expect(page.getByRole('main')).toContainText(`U heeft gevraagd om een nieuw e-mailadres: ${janNew}.`);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw e-mailadres bevestigen');
  await expect(page.getByText('Uw nieuwe e-mailadres is bevestigd. Voortaan logt u daarmee in.')).toBeVisible();
  await checkScreen(page, 'profile-7-email-confirmed');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze link werkt niet');
  await expect(page.getByRole('main')).toContainText('Deze link is verlopen of al gebruikt.');
  await checkScreen(page, 'profile-8-link-used');
  expectRefusals(consoleErrors, 1);

  // Signed out and in again with the new address.
  await page.goto('/account');
  await page.getByRole('main').getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await signIn(page, janNew);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');
  await page.goto('/profiel');
  await expect(page.getByRole('region', { name: 'Contactgegevens' })).toContainText(janNew);

  // Back to the old address, so other journeys find Jan as they know him. The link is opened on "another device"
  // without the organisation in it: the page asks for it.
  const back = new URL(await changeEmail(page, jan));
  back.searchParams.delete('organisatie');
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(back.pathname + back.search);
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Nieuw e-mailadres bevestigen');
  await expect(otherPage.getByLabel('Organisatie')).toBeVisible();
  await checkScreen(otherPage, 'profile-9-ask-organisation');
  await otherPage.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(otherPage.getByText('Uw nieuwe e-mailadres is bevestigd.')).toBeVisible();
  await expect(otherPage.getByRole('link', { name: 'Inloggen' }).last()).toBeVisible();
  await other.close();
  await page.goto('/profiel');
  await expect(page.getByRole('region', { name: 'Contactgegevens' })).toContainText(jan);
});
