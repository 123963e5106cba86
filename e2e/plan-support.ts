import type { Page } from '@playwright/test';

/** What the plan journeys share: the page's main region, a plan block by its heading, and Emma's youth plan. */
export const main = (page: Page) => page.getByRole('main');
export const block = (page: Page, name: string) => main(page).getByRole('region', { name, exact: true });

/** The id of Emma's youth plan, read through the signed-in page's own session. */
export async function emmaPlanId(page: Page): Promise<string> {
  const dossiers = (await (await page.request.get('/api/dossiers')).json()) as { items: Array<{ id: string; resident: { firstName: string } }> };
  const dossier = dossiers.items.find((d) => d.resident.firstName === 'Emma')!;
  const plans = (await (await page.request.get(`/api/dossiers/${dossier.id}/plans`)).json()) as { items: Array<{ id: string; title: string }> };
  return plans.items.find((p) => p.title === 'Jeugdplan Emma')!.id;
}
