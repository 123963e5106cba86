// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [full] : [];
  });
}

/**
 * UI text belongs in src/locales, so English stays complete. This catches the common slip: words written straight
 * between JSX tags, such as <p>Welkom</p>. Text built in code is caught by review, not here.
 */
describe('no hard-coded UI text', () => {
  it('has no letters between JSX tags outside translation calls', () => {
    const offenders: string[] = [];
    for (const file of tsxFiles(srcDir)) {
      const source = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const match of source.matchAll(/>\s*([^<>{}\s][^<>{}]*?)\s*</g)) {
        const text = match[1] ?? '';
        if (/\p{L}/u.test(text) && !/[=;()]|=>|&&/.test(text)) offenders.push(`${path.relative(srcDir, file)}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
