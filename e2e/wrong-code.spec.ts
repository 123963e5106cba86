import { expect } from '@playwright/test';
import { checkScreen, demoPassword, enterCredentials, mailCount, readCode } from './auth.js';
import { test, waitForPage } from './support.js';

const karin = 'karin.smit@demoland.example';

test.slow();

test('a wrong code is marked at the field with the server message; the right one still works', async ({ page }) => {
  await page.goto('/inloggen');
  await waitForPage(page);
  const before = await mailCount(page, karin);
  await enterCredentials(page, karin, demoPassword);
  const codeBox = page.getByLabel('Code uit de e-mail');
  await expect(codeBox).toBeVisible();
  const code = await readCode(page, karin, before);
  const wrong = code === '000000' ? '111111' : '000000';
  await codeBox.fill(wrong);
  await codeBox.press('Enter');

  const summary = page.locator('.sp-error-summary');
  await expect(summary).toBeFocused();
  await expect(codeBox).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#signin-code-error')).toHaveText('Deze code klopt niet. Kijk nog eens in de e-mail of uw app.');
  await expect(codeBox).toHaveValue(wrong);
  await checkScreen(page, 'wrong-code');

  // Asking for a new code right away is refused for 30 s; the wait is said plainly.
  await page.getByRole('button', { name: 'Opnieuw versturen' }).click();
  await expect(summary).toContainText('U kunt over');

  await codeBox.fill(code);
  await codeBox.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welkom, Karin');
});
