import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const mainFile = path.resolve(import.meta.dirname, 'main.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenplan-main-'));
const running: ChildProcess[] = [];

function start(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { ...process.env, TEST_DATABASE_URL: '', DATABASE_URL: '', NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      // Listening, and the start-up message (printed right after listen) is complete.
      const match = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
      if (match && /Samenplan is running at[\s\S]*peter\.jansen@demoland\.example.*\n/.test(output)) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited before listening: ${output}`));
    });
  });
  listening.catch(() => undefined); // a start that is meant to fail is awaited through `exited`
  return { child, exited, listening, output: () => output };
}

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// The start-up path is the embedded database's; the PostgreSQL pass of `npm test` has nothing to add here.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('npm start', () => {
  it('stops at once with one line naming a wrong variable', async () => {
    const bad = start({ PORT: 'eighty' });
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe('Configuration error: PORT: Invalid input: expected number, received NaN');
  });

  it('seeds the demo once, refuses a second process on the same data, stops cleanly on SIGTERM and keeps the data', async () => {
    const first = start();
    const url = await first.listening;
    expect(first.output()).toContain('(demo data created now)');
    expect(first.output()).toMatch(/jan\.deboer@demoland\.example\s+inwoner/);
    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'pglite' });

    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('Another Samenplan process');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'samenplan.lock'))).toBe(false);

    const again = start();
    const againUrl = await again.listening;
    expect(again.output()).not.toContain('(demo data created now)');
    expect(await (await fetch(`${againUrl}/api/tenants`)).json()).toEqual({ items: [{ slug: 'demoland', name: 'Gemeente Demoland', digid: true, eherkenning: true, passkeys: true, passwordMinLength: 12 }] });
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 90_000);
});
