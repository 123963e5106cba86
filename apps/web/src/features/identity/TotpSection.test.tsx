// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../app/i18n';
import { AppProviders, createQueryClient } from '../../app/providers';
import { routes } from '../../app/routes';

const fatima = (policies: string[]) => ({
  person: { id: 'p1', firstName: 'Fatima', infix: null, surname: 'El Amrani' },
  tenant: { slug: 'demoland', name: 'Gemeente Demoland', digid: true, eherkenning: true, passkeys: true, passwordMinLength: 12 },
  roles: ['consultant'],
  activeRole: 'consultant',
  csrfToken: 'token',
  passkeys: true,
  totp: true,
  session: { idleExpiresAt: '2999-01-01T00:00:00Z', absoluteExpiresAt: '2999-01-01T00:00:00Z' },
  policies,
});

/**
 * The account page as the server describes it: an app linked, and `removeTotp` in the policies or not (the server
 * leaves it out for the last app or passkey the organisation demands of staff: strong-factor.test.ts).
 */
function renderAccount(policies: string[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (url === '/api/me' ? Response.json(fatima(policies)) : Response.json({ items: [] }))),
  );
  const router = createMemoryRouter(routes, { initialEntries: ['/account'] });
  render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

describe('unlinking the authenticator app', () => {
  beforeEach(() => i18n.changeLanguage('en'));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is not offered for the last app the organisation demands, and the page says why', async () => {
    renderAccount([]);
    expect(await screen.findByText('An authenticator app is linked to your account.')).toBeTruthy();
    expect(screen.getByText(/This app is your only one, so you cannot unlink it/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unlink the app' })).toBeNull();
  });

  it('is offered otherwise', async () => {
    renderAccount(['removeTotp']);
    expect(await screen.findByRole('button', { name: 'Unlink the app' })).toBeTruthy();
    expect(screen.queryByText(/This app is your only one/)).toBeNull();
  });
});
