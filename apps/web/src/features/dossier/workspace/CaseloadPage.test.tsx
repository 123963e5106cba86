// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../app/i18n';
import { AppProviders, createQueryClient } from '../../../app/providers';
import { routes } from '../../../app/routes';

const coach = {
  person: { id: 'p1', firstName: 'Sanne', infix: 'de', surname: 'Vries' },
  tenant: { slug: 'demoland', name: 'Gemeente Demoland' },
  roles: ['coach'],
  activeRole: 'coach',
  csrfToken: 'token',
  session: { idleExpiresAt: '2999-01-01T00:00:00Z', absoluteExpiresAt: '2999-01-01T00:00:00Z' },
};

/**
 * The server's answer to a search that matches more than 500 dossiers (caseload.test.ts on the server proves when it
 * answers so): the first page and `totalIsLowerBound`. Everything else answers empty.
 */
function answer(url: string) {
  if (url === '/api/me') return Response.json(coach);
  if (url.startsWith('/api/caseload?')) return Response.json({ items: [], total: 500, totalIsLowerBound: true });
  return Response.json({ items: [] });
}

describe('caseload page', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('nl');
    vi.stubGlobal('fetch', vi.fn(async (url: string) => answer(url)));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  function renderCaseload() {
    const router = createMemoryRouter(routes, { initialEntries: ['/werk?scope=team&q=Boer'] });
    render(
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
  }

  it('asks to refine a search when the server stopped counting at 500', async () => {
    renderCaseload();
    expect(await screen.findByText('Meer dan 500 resultaten — verfijn uw zoekopdracht')).toBeTruthy();
  });

  it('says the same in English', async () => {
    await i18n.changeLanguage('en');
    renderCaseload();
    expect(await screen.findByText('More than 500 results — refine your search')).toBeTruthy();
  });
});
