import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalisePypiName } from '../sbom/purl.js';
import type { Ecosystem } from '../types.js';

/** Most-downloaded package names of one ecosystem, most popular first. */
export interface PopularList {
  ecosystem: Ecosystem;
  /** Normalised names in popularity order. */
  names: string[];
  /** Normalised name -> 1-based rank. */
  rank: Map<string, number>;
  /** npm scopes with several popular packages (e.g. @types, @babel): publishing under them is not confusion. */
  popularScopes: Set<string>;
  /** Bare names several scopes publish under (e.g. "react" in @xstate/react): bindings, not imitations. */
  commonScopedNames: Set<string>;
}

/** Shipped lists (data/popular, see its README for source and license), resolved from the package root. */
const LIST_FILES: Partial<Record<Ecosystem, string>> = {
  npm: 'npm-top10000.tsv',
  PyPI: 'pypi-top5000.tsv',
};

const DATA_DIR = new URL('../../../data/popular/', import.meta.url);

/** Name as the registry compares it: PyPI names per PEP 503, npm names lower-cased. */
export function normaliseName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'PyPI' ? normalisePypiName(name) : name.trim().toLowerCase();
}

/** Parse a list file: `name<TAB>number` lines, '#' comments. */
export function parsePopularList(ecosystem: Ecosystem, text: string): PopularList {
  const names: string[] = [];
  const rank = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const name = normaliseName(ecosystem, line.split('\t')[0] ?? '');
    if (!name || rank.has(name)) continue;
    names.push(name);
    rank.set(name, names.length);
  }
  const scopeCounts = new Map<string, number>();
  const bareCounts = new Map<string, number>();
  for (const name of names) {
    if (!name.startsWith('@')) continue;
    const [scope = '', bare = ''] = name.split('/');
    scopeCounts.set(scope, (scopeCounts.get(scope) ?? 0) + 1);
    bareCounts.set(bare, (bareCounts.get(bare) ?? 0) + 1);
  }
  const atLeast = (counts: Map<string, number>, min: number) =>
    new Set([...counts].filter(([, count]) => count >= min).map(([key]) => key));
  return { ecosystem, names, rank, popularScopes: atLeast(scopeCounts, 3), commonScopedNames: atLeast(bareCounts, 2) };
}

const loaded = new Map<Ecosystem, PopularList | undefined>();

/** The shipped list for an ecosystem (read once), or undefined when none ships (Go, crates.io). */
export function popularList(ecosystem: Ecosystem): PopularList | undefined {
  if (loaded.has(ecosystem)) return loaded.get(ecosystem);
  const file = LIST_FILES[ecosystem];
  const list = file
    ? parsePopularList(ecosystem, readFileSync(fileURLToPath(new URL(file, DATA_DIR)), 'utf8'))
    : undefined;
  loaded.set(ecosystem, list);
  return list;
}
