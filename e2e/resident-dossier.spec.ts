import { expect, type Browser, type Page } from '@playwright/test';
import { signIn } from './auth.js';
import { expectNoAxeViolations, testAllowingRefusals, waitForPage } from './support.js';

const jan = 'jan.deboer@demoland.example';
const ria = 'ria.deboer@demoland.example';
const sanne = 'sanne.devries@wijkteam.demoland.example';

/**
 * A save that loses to someone else's answers 409 on purpose (the page must show both texts), and an unknown dossier
 * answers 404. Chromium logs such answers as console errors; those, and only those, are expected here.
 */
const test = testAllowingRefusals((url, text) => (/\/api\/dossiers\/[^/]+\/plan-sections\//.test(url) && /status of 409\b/.test(text)) || (/\/api\/dossiers\/0{8}-/.test(url) && /status of 404\b/.test(text)));

/** 0 axe violations and no sideways scrolling at 390 and 1280 px, with a full-page screenshot of each. Ends at 1280. */
async function checkScreen(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await waitForPage(page);
    // Tables become cards after the media query's change event, a frame after the resize: wait for it to settle.
    const overflow = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wider = [...document.querySelectorAll('main *')]
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').slice(0, 40)}"`);
        return { by: document.documentElement.scrollWidth - width, wider };
      });
    await expect.poll(async () => (await overflow()).by, { timeout: 3_000 }).toBeLessThanOrEqual(0).catch(async () => {
      const found = await overflow();
      expect(found.by, `horizontal overflow of ${name} at ${width} px: ${found.wider.join(', ')}`).toBeLessThanOrEqual(0);
    });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `/tmp/shots/portal-${name}-${width}.png`, fullPage: true });
  }
}

const main = (page: Page) => page.getByRole('main');
const region = (page: Page, name: string | RegExp) => main(page).getByRole('region', { name, exact: typeof name === 'string' });

/** Sanne, the coach, in a browser of her own: signed in, ready to save a plan section through her session. */
async function coachSession(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, sanne);
  await expect(page).toHaveURL(/\/werk/);
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  return {
    async saveFuture(dossierId: string, text: string) {
      const dossier = (await (await page.request.get(`/api/dossiers/${dossierId}`)).json()) as { planSections: Array<{ kind: string; version: number }> };
      const version = dossier.planSections.find((section) => section.kind === 'future')!.version;
      const answer = await page.request.put(`/api/dossiers/${dossierId}/plan-sections/future`, {
        data: { version, text },
        headers: { 'x-csrf-token': me.csrfToken },
      });
      expect(answer.status(), await answer.text()).toBe(200);
    },
    close: () => context.close(),
  };
}

test.slow();

test('Jan: his actions and dossiers, ticking off, his plan with a conflict and its history, who looked, and withdrawing Henk', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const coach = await coachSession(browser);
  await signIn(page, jan);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Jan');

  // Home: open actions of all his dossiers with their planned date, open dossiers, the message count.
  const actions = region(page, 'Mijn acties');
  await expect(actions.getByRole('listitem')).toHaveCount(3);
  await expect(actions.getByRole('listitem').first()).toContainText('Afspraak maken met de huisarts over vallen');
  await expect(actions.getByRole('listitem').first()).toContainText(/Gepland op \d{1,2} \w+ 20\d\d/);
  const dossiers = region(page, 'Mijn dossiers');
  await expect(dossiers.getByRole('link', { name: 'WT Volwassenen, dossier WT-2026-0101' })).toBeVisible();
  await expect(dossiers.getByRole('link', { name: /WT-2025-0877/ })).toHaveCount(0);
  await expect(region(page, 'Mijn berichten')).toContainText(/bericht/);
  await checkScreen(page, 'home');

  // Tick one off with the keyboard: it leaves the list, the list's heading says where he is.
  await actions.getByRole('button', { name: /^Afvinken.*Netwerkberaad met zoon Henk plannen/ }).focus();
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('status')).toContainText('Afgevinkt: Netwerkberaad met zoon Henk plannen');
  await expect(actions.getByRole('listitem')).toHaveCount(2);
  await expect(actions.getByRole('heading', { name: 'Mijn acties' })).toBeFocused();

  // Mijn dossiers: the closed one too, with date and reason.
  await page.getByRole('navigation').getByRole('link', { name: 'Mijn dossiers' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn dossiers');
  const closed = region(page, 'Afgesloten dossiers');
  await expect(closed.getByRole('link', { name: 'WT Volwassenen, dossier WT-2025-0877' })).toBeVisible();
  await expect(closed).toContainText('Doelen behaald');
  await expect(closed).toContainText(/Afgesloten op/);
  await checkScreen(page, 'dossiers');

  // The dossier page: only the journal entries meant for Jan; the done action shows with its date.
  await region(page, 'Open dossiers').getByRole('link', { name: 'WT Volwassenen, dossier WT-2026-0101' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier WT Volwassenen');
  const dossierId = /\/dossiers\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const journal = region(page, 'Contactjournaal');
  await expect(journal).toContainText('Jan belde: de huurtoeslag is aangevraagd.');
  await expect(journal).not.toContainText('Jan loopt slechter');
  await expect(journal).not.toContainText('extra hulp bij douchen');
  await expect(region(page, 'Acties')).toContainText('Gedaan op');
  await expect(region(page, 'Uw team').getByRole('link', { name: /0123 456 701/ })).toHaveAttribute('href', 'tel:0123456701');
  await expect(region(page, 'Inzet specialistische voorzieningen')).toContainText('Afgewezen');
  await checkScreen(page, 'dossier');

  // Mijn/onze toekomst, by keyboard alone: Aanpassen, type, Tab to Opslaan, Enter.
  const future = region(page, 'Mijn/onze toekomst');
  await future.getByRole('button', { name: 'Aanpassen Mijn/onze toekomst' }).focus();
  await page.keyboard.press('Enter');
  const box = future.getByLabel('Uw tekst bij Mijn/onze toekomst');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Ik wil zelf boodschappen doen. Op dinsdag ga ik naar de inloop.');
  await page.keyboard.press('Tab');
  await expect(future.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(future.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(future).toContainText('Laatst aangepast door Jan de Boer');
  await expect(future.getByRole('button', { name: 'Aanpassen Mijn/onze toekomst' })).toBeFocused();

  // A conflict: Jan writes again while Sanne saves the same section first.
  await page.keyboard.press('Enter');
  await expect(box).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Jans nieuwe tekst: elke week zelf naar de markt.');
  await coach.saveFuture(dossierId, 'Sannes tekst: Jan gaat met Ria naar de markt.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const conflict = future.getByRole('group', { name: 'Iemand anders heeft deze tekst ook aangepast' });
  await expect(conflict.getByRole('heading', { name: 'Iemand anders heeft deze tekst ook aangepast' })).toBeFocused();
  await expect(conflict.getByRole('region', { name: 'Tekst van Sanne de Vries' })).toContainText('Sannes tekst: Jan gaat met Ria naar de markt.');
  await expect(conflict.getByRole('region', { name: 'Uw tekst (nog niet opgeslagen)' })).toContainText('Jans nieuwe tekst: elke week zelf naar de markt.');
  await checkScreen(page, 'conflict');

  // He keeps his own, by keyboard: Tab past "Tekst van Sanne houden" to "Mijn tekst opslaan".
  await page.keyboard.press('Tab');
  await expect(conflict.getByRole('button', { name: 'Tekst van Sanne houden' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(conflict.getByRole('button', { name: 'Mijn tekst opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(future.getByRole('status')).toHaveText('Opgeslagen.');
  await expect(future).toContainText('Jans nieuwe tekst: elke week zelf naar de markt.');
  await expect(conflict).toHaveCount(0);

  // The history keeps every version, Sanne's too, with who and when.
  await future.locator('summary').click();
  const versions = future.getByRole('listitem');
  await expect(versions).toHaveCount(4);
  await expect(versions.nth(0)).toContainText('(de tekst van nu)');
  await expect(versions.nth(0)).toContainText('Jan de Boer');
  await expect(versions.nth(1)).toContainText('Sanne de Vries');
  await expect(versions.nth(1)).toContainText('Sannes tekst');
  await checkScreen(page, 'history');
  await coach.close();

  // Wie heeft mijn gegevens bekeken: Sanne of Wijkteams Demoland read the dossier and changed Mijn/onze toekomst, by name.
  await main(page).getByRole('link', { name: 'Wie heeft mijn gegevens bekeken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie heeft mijn gegevens bekeken');
  const sanneRows = main(page).getByRole('row').filter({ hasText: 'Sanne de Vries' });
  await expect(sanneRows.filter({ hasText: 'veranderde ‘Mijn/onze toekomst’' })).toHaveCount(1);
  await expect(sanneRows.first()).toContainText('Wijkteams Demoland');
  await expect(main(page).getByRole('row').filter({ hasText: 'Jan de Boer' })).toHaveCount(0);
  await checkScreen(page, 'access-log');

  // Withdraw Henk's access (informed): a dialog asks first, "Nee" has focus; then the row is gone.
  await main(page).getByRole('link', { name: 'Terug naar het dossier' }).click();
  const relatives = region(page, 'Wie mag inloggen en uw gegevens inzien');
  await expect(relatives).toContainText('Krijgt alleen bericht, kan niet inloggen');
  await relatives.getByRole('button', { name: /Toegang intrekken van Henk de Boer/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Toegang van Henk de Boer intrekken?' });
  await expect(dialog.getByRole('button', { name: 'Nee, niet intrekken' })).toBeFocused();
  await checkScreen(page, 'revoke-dialog');
  // A modal sits in the viewport, not on the full page: these two shots show it as the person sees it.
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.screenshot({ path: `/tmp/shots/portal-revoke-dialog-view-${width}.png` });
  }
  await dialog.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(relatives.getByRole('status')).toHaveText('Henk de Boer mag uw gegevens niet meer inzien.');
  await expect(relatives.getByRole('table')).not.toContainText('Henk');
  await expect(relatives.getByRole('table')).toContainText('Ria');
  await expect(relatives.getByRole('heading', { name: 'Wie mag inloggen en uw gegevens inzien' })).toBeFocused();
});

test('Ria (may view) sees Jan’s dossier without his actions and cannot change the plan', async ({ page }) => {
  await signIn(page, ria);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Ria');
  await expect(region(page, 'Mijn acties')).toContainText('U heeft nu geen open acties.');
  await region(page, 'Mijn dossiers').getByRole('link', { name: 'WT Volwassenen, dossier WT-2026-0101' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier WT Volwassenen');
  await expect(main(page)).toContainText('Dit is het dossier van Jan de Boer. U mag meekijken. U kunt niets veranderen.');
  await expect(region(page, 'Acties')).toHaveCount(0);
  await expect(region(page, 'Het plan')).toContainText('U kunt het plan lezen, maar niet aanpassen.');
  await expect(main(page).getByRole('button', { name: /^Aanpassen/ })).toHaveCount(0);
  await expect(main(page).getByRole('button', { name: /Toegang intrekken/ })).toHaveCount(0);
  await expect(main(page).getByRole('link', { name: 'Wie heeft mijn gegevens bekeken' })).toHaveCount(0);
  await checkScreen(page, 'relative-dossier');

  // An address that is not one of hers says so plainly.
  await page.goto('/dossiers/00000000-0000-4000-8000-000000000000');
  await expect(main(page)).toContainText('Dit dossier bestaat niet of u heeft er geen toegang toe.');
});

test('Jan in English: home, his dossier and who looked at his data', async ({ page }) => {
  await signIn(page, jan);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Jan');
  await expect(region(page, 'My actions')).toContainText(/Planned for \w+ \d{1,2}, 20\d\d/);
  await checkScreen(page, 'english-home');
  await region(page, 'My files').getByRole('link', { name: 'WT Volwassenen, file WT-2026-0101' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('File WT Volwassenen');
  await expect(region(page, 'My/our future').getByRole('button', { name: 'Edit My/our future' })).toBeVisible();
  await expect(region(page, 'Who may sign in and see your data')).toContainText('May look along');
  await checkScreen(page, 'english-dossier');
  await main(page).getByRole('link', { name: 'Who has looked at my data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who has looked at my data');
  await checkScreen(page, 'english-access-log');
});
