// `npm test`: every check in one command. Typecheck, lint, unit and API tests on PGlite, the same server tests on
// PostgreSQL when TEST_DATABASE_URL is set, then the browser journeys in Chromium. In CI nothing may be skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const inCi = process.env.CI === 'true';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];

function run(title, command, args, env = {}) {
  console.log(`\n== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n== ${title} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`== ${title} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function skip(what, why) {
  if (inCi) {
    console.error(`\n== ${what} cannot be skipped in CI: ${why}`);
    process.exit(1);
  }
  skipped.push(`${what} (${why})`);
}

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('unit and API tests on PGlite', 'npx', ['vitest', 'run'], { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  run('API tests on PostgreSQL', 'npx', ['vitest', 'run', '--project', 'server']);
} else {
  skip('API tests on PostgreSQL', 'set TEST_DATABASE_URL to a PostgreSQL 15 database, see README');
}
if (fs.existsSync(chromium)) {
  run('browser journeys', 'npm', ['run', '--silent', 'test:e2e']);
} else {
  skip('browser journeys', `no Chromium at ${chromium}: apt-get install chromium`);
}
if (skipped.length > 0) console.log(`\n== skipped: ${skipped.join('; ')}`);
console.log('\n== all checks passed');
