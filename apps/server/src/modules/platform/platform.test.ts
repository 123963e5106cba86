import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';

let t: TestApp;
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-web-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Samenplan test shell</title>');
  fs.writeFileSync(path.join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = await createTestApp({ WEB_DIST: webDist, BODY_LIMIT_BYTES: '2048' });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

describe('errors', () => {
  it('answers an unknown API path with a Dutch problem+json 404 by default, English on request, no stack', async () => {
    const nl = await t.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(nl.statusCode).toBe(404);
    expect(nl.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(nl.json()).toMatchObject({ type: 'urn:samenplan:problem:notFound', status: 404, title: 'Niet gevonden' });
    const en = await t.app.inject({ method: 'GET', url: '/api/does-not-exist', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.json()).toMatchObject({ title: 'Not found' });
    expect(en.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a body over the limit with 413 and malformed JSON with 400', async () => {
    const big = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'a'.repeat(5000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json().type).toBe('urn:samenplan:problem:payloadTooLarge');
    const broken = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ type: 'urn:samenplan:problem:validation', errors: [{ field: 'body', code: 'invalid' }] });
  });

  it('refuses a body that is not JSON with 415', async () => {
    const form = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=a' });
    expect(form.statusCode).toBe(415);
  });
});

describe('security headers', () => {
  it('sends CSP without unsafe-inline, HSTS, nosniff, no framing and no referrer on pages and API', async () => {
    for (const url of ['/api/health', '/werk']) {
      const response = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});

describe('platform endpoints', () => {
  it('reports health with the database kind and version, and readiness', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', database: t.database.kind, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(health.headers['cache-control']).toBe('no-store');
    expect((await t.app.inject({ method: 'GET', url: '/api/ready' })).json()).toEqual({ status: 'ready' });
  });

  it('generates an OpenAPI 3.1 document from the route schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready', '/api/tenants', '/api/auth/login', '/api/me']));
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password', 'organisation']);
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('serves the web app for every page path, assets with long caching, and never for /api', async () => {
    for (const url of ['/', '/dag', '/werk/caseload', '/toegankelijkheid']) {
      const page = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Samenplan test shell');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await t.app.inject({ method: 'GET', url: '/api/unknown', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
  });
});
