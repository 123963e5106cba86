import { defineConfig, devices } from '@playwright/test';

// Browser journeys run against the real server, which serves the built web app (npm run build:web first) on an
// in-memory database. Debian's Chromium is used so that Playwright never downloads a browser. E2E_PORT and
// E2E_WEB_DIST let several developers on one machine run journeys at once without sharing a server or a build.
const port = process.env.E2E_PORT ?? '3100';
const origin = `http://127.0.0.1:${port}`;
const webDist = process.env.E2E_WEB_DIST;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: origin,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx apps/server/src/main.ts',
    url: `${origin}/api/health`,
    reuseExistingServer: false,
    // Start-up builds nothing but seeds the demo; on a loaded 2-core machine that has taken over a minute.
    timeout: 180_000,
    // PUBLIC_URL matches baseURL so the DigiD broker sends the browser back to the host that holds its cookie.
    env: {
      PORT: port,
      PUBLIC_URL: origin,
      DATABASE_URL: 'pglite://memory',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      ...(webDist ? { WEB_DIST: webDist } : {}),
    },
  },
});
