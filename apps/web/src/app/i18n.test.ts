// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { languages, namespaces, resources } from '../locales';

type Tree = { [key: string]: string | Tree };

/** Flattens a locale tree to "namespace:a.b.c" → value, so both languages can be compared key by key. */
function flatten(tree: Tree, prefix: string, into: Map<string, unknown>) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
    if (value !== null && typeof value === 'object') flatten(value, path, into);
    else into.set(path, value);
  }
  return into;
}

function keysOf(language: (typeof languages)[number]) {
  const all = new Map<string, unknown>();
  for (const namespace of namespaces) flatten(resources[language][namespace] as Tree, `${namespace}:`, all);
  return all;
}

describe('translations', () => {
  const trees = Object.fromEntries(languages.map((language) => [language, keysOf(language)]));

  it.each(languages.flatMap((a) => languages.filter((b) => b !== a).map((b) => [a, b] as const)))(
    'every %s key also exists in %s',
    (from, to) => {
      const missing = [...trees[from]!.keys()].filter((key) => !trees[to]!.has(key));
      expect(missing).toEqual([]);
    },
  );

  it.each(languages)('no %s value is empty or not a string', (language) => {
    const empty = [...trees[language]!.entries()]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s uses the same {{placeholders}} as Dutch', (language) => {
    const placeholders = (value: unknown) => [...String(value).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const differing = [...trees.nl!.entries()]
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(trees[language]!.get(key))))
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});
