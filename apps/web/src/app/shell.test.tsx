// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, languageStorageKey } from './i18n';
import { AppProviders, createQueryClient } from './providers';
import { routes } from './routes';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

const coach = {
  person: { id: 'p1', firstName: 'Sanne', infix: 'de', surname: 'Vries' },
  tenant: { slug: 'demoland', name: 'Gemeente Demoland' },
  roles: ['coach'],
  activeRole: 'coach',
  csrfToken: 'token',
  session: { idleExpiresAt: '2999-01-01T00:00:00Z', absoluteExpiresAt: '2999-01-01T00:00:00Z' },
};

/** The server as the shell sees it: healthy, and nobody signed in unless a test says otherwise. */
function answer(url: string, me: unknown = null) {
  if (url === '/api/me') return me ? Response.json(me) : Response.json({ status: 401, title: 'Niet ingelogd' }, { status: 401 });
  return Response.json({ status: 'ok', database: 'pglite', version: '0.1.0' });
}

const focusable = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

describe('application shell', () => {
  beforeEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('nl');
    vi.stubGlobal('fetch', vi.fn(async (url: string) => answer(url)));
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('starts with a skip link to <main id="main">', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Mijn Samenplan' });
    const first = document.querySelector<HTMLAnchorElement>(focusable);
    expect(first?.textContent).toBe('Naar de inhoud');
    expect(first?.getAttribute('href')).toBe('#main');
    const main = document.getElementById('main');
    expect(main?.tagName).toBe('MAIN');
    fireEvent.click(first!);
    expect(document.activeElement).toBe(main);
  });

  it('shows the server status once /api/health answers', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => answer(url, coach)));
    renderAt('/werk');
    expect(await screen.findByText('Verbonden met de server')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/api/health', expect.anything());
  });

  it('says so when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/api/me' ? answer(url) : new Response('down', { status: 503 }))));
    renderAt('/dag');
    expect(await screen.findByText(/Geen verbinding met de server/, undefined, { timeout: 3000 })).toBeTruthy();
  });

  it('switches to English, sets <html lang> and remembers the choice', async () => {
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Mijn Samenplan' });
    expect(document.documentElement.lang).toBe('nl');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to My Samenplan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.title).toBe('Welcome to My Samenplan – My Samenplan – Samenplan');
  });

  it('shows a not-found page for an unknown address', async () => {
    renderAt('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
  });
});
