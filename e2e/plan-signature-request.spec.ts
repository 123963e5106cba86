import { expect } from '@playwright/test';
import { checkScreen, mailCount, readMail, signIn } from './auth.js';
import { block, emmaPlanId, main } from './plan-support.js';
import { test } from './support.js';

const emma = 'emma.smit@demoland.example';
const daan = 'daan.bakker@wijkteam.demoland.example';

test.slow();

test('Daan asks Emma to sign her plan; the e-mail holds only a link; Emma sees the request on her phone, signs, and Daan sees it signed — also in English', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, daan);
  const planId = await emmaPlanId(page);
  await page.goto(`/werk/plannen/${planId}`);
  const signatures = block(page, 'Ondertekening');
  await signatures.getByRole('button', { name: 'Vragen om te ondertekenen' }).click();
  const form = signatures.getByRole('form', { name: 'Vragen om te ondertekenen' });
  // Nobody chosen: the form says so at the field, and asks nobody.
  await form.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(form.getByRole('group', { name: 'Wie vraagt u?' })).toContainText('Kies ten minste één persoon.');
  await expect(form.getByRole('checkbox')).toHaveCount(2);
  await checkScreen(page, 'plan-signature-request-form');

  const before = await mailCount(page, emma);
  await form.getByRole('checkbox', { name: /Emma Smit \(inwoner\)/ }).check();
  await form.getByLabel('Hoe ondertekenen?').selectOption({ label: 'voor akkoord' });
  await form.getByRole('button', { name: 'Vraag versturen' }).click();
  await expect(signatures.getByRole('status')).toContainText('Gevraagd om te ondertekenen: Emma Smit.');
  const asked = signatures.getByRole('table', { name: 'Gevraagd om te ondertekenen' });
  await expect(asked.getByRole('row').filter({ hasText: 'Emma Smit' }).first()).toContainText('Nog niet ondertekend');
  await expect(signatures.getByRole('button', { name: 'Vragen om te ondertekenen' })).toBeFocused();

  // The notice e-mail: her first name and a link, nothing from the plan.
  const link = await readMail(page, emma, before, /https?:\/\/\S+\/plannen\/[0-9a-f-]{36}/);
  expect(new URL(link).pathname).toBe(`/plannen/${planId}`);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const emmaPage = await phone.newPage();
  await signIn(emmaPage, emma);
  await emmaPage.goto(new URL(link).pathname);
  const request = main(emmaPage).getByText(/U wordt gevraagd dit plan te ondertekenen voor akkoord\. Daan Bakker vroeg dit/);
  await expect(request).toBeVisible();
  await checkScreen(emmaPage, 'plan-signature-request-emma');
  await block(emmaPage, 'Ondertekening').getByRole('button', { name: 'Ondertekenen voor akkoord' }).click();
  await expect(block(emmaPage, 'Ondertekening')).toContainText('U heeft het plan ondertekend: voor akkoord.');
  await expect(request).toHaveCount(0);
  await phone.close();

  await page.reload();
  const table = block(page, 'Ondertekening').getByRole('table', { name: 'Gevraagd om te ondertekenen' });
  await expect(table.getByRole('row').filter({ hasText: 'Emma Smit' }).first()).toContainText('Ondertekend');
  await page.getByRole('button', { name: 'English' }).click();
  const english = block(page, 'Ondertekening').getByRole('table', { name: 'Asked to sign' });
  await expect(english.getByRole('row').filter({ hasText: 'Emma Smit' }).first()).toContainText('Signed');
  await expect(block(page, 'Ondertekening').getByRole('button', { name: 'Ask to sign' })).toBeVisible();
});
