import type { FastifyInstance } from 'fastify';

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Signs in through the real endpoint and returns what a browser would then send. */
export async function signIn(app: FastifyInstance, email: string, password: string, organisation: string): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password, organisation } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies[0]!;
  const cookie = `${setCookie.name}=${setCookie.value}`;
  const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const csrfToken = me.json().csrfToken as string;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
