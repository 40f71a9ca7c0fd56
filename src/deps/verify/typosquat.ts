import type { Ecosystem } from '../types.js';
import { normaliseName, type PopularList, popularList } from './popular.js';

/** How a name differs from the popular one it imitates. */
export type TyposquatKind =
  | 'omission'
  | 'repetition'
  | 'transposition'
  | 'keyboard-adjacent'
  | 'homoglyph'
  | 'separator'
  | 'scope-confusion';

export interface TyposquatMatch {
  /** The popular package the name resembles. */
  target: string;
  kind: TyposquatKind;
  /** Popularity rank of the target (1 = most downloaded). */
  targetRank: number;
  /** Human-readable explanation, e.g. "one letter left out of 'express'". */
  detail: string;
}

const QWERTY_ROWS = ['1234567890-', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each key on a QWERTY keyboard (same row and the staggered rows above and below). */
const ADJACENT_KEYS: Map<string, Set<string>> = (() => {
  const position = new Map<string, [number, number]>();
  QWERTY_ROWS.forEach((row, r) => {
    [...row].forEach((key, c) => {
      position.set(key, [r, c]);
    });
  });
  const at = (r: number, c: number) => QWERTY_ROWS[r]?.[c];
  const map = new Map<string, Set<string>>();
  for (const [key, [r, c]] of position) {
    const near = [at(r, c - 1), at(r, c + 1), at(r - 1, c), at(r - 1, c + 1), at(r + 1, c - 1), at(r + 1, c)];
    map.set(key, new Set(near.filter((k): k is string => k !== undefined)));
  }
  return map;
})();

export function keysAdjacent(a: string, b: string): boolean {
  return ADJACENT_KEYS.get(a)?.has(b) ?? false;
}

/** Characters that look alike, folded to one form: 0/o, 1/l/i, rn/m, vv/w. */
function foldHomoglyphs(name: string): string {
  return name.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/0/g, 'o').replace(/[1i]/g, 'l');
}

function stripSeparators(name: string): string {
  return name.replace(/[-_.]/g, '');
}

/** Minimum length of a popular name before one-letter edits count: shorter names collide by chance. */
const MIN_EDIT_LENGTH = 4;

/** Differences that are conventions, not typos: plural/singular ("dataset"/"datasets"), version digits (cu11/cu12). */
function conventionalVariant(name: string, popular: string): boolean {
  const plural = (singular: string, other: string) => other === `${singular}s` && !singular.endsWith('s');
  return plural(popular, name) || plural(name, popular);
}

/** The kind of single edit that turns `popular` into `name`, if it is one we treat as a typo. */
function singleEdit(name: string, popular: string): TyposquatKind | undefined {
  if (popular.length < MIN_EDIT_LENGTH || conventionalVariant(name, popular)) return undefined;
  if (name.length === popular.length - 1) {
    for (let i = 0; i < popular.length; i++) {
      if (popular.slice(0, i) + popular.slice(i + 1) === name) return 'omission';
    }
    return undefined;
  }
  if (name.length === popular.length + 1) {
    for (let i = 0; i < name.length; i++) {
      if (name.slice(0, i) + name.slice(i + 1) !== popular) continue;
      const added = name[i] ?? '';
      if (added === name[i - 1] || added === name[i + 1]) return 'repetition';
      if (keysAdjacent(added, name[i - 1] ?? '') || keysAdjacent(added, name[i + 1] ?? '')) return 'keyboard-adjacent';
    }
    return undefined;
  }
  if (name.length !== popular.length) return undefined;
  const diffs: number[] = [];
  for (let i = 0; i < name.length && diffs.length <= 2; i++) if (name[i] !== popular[i]) diffs.push(i);
  if (diffs.length === 2) {
    const [i = 0, j = 0] = diffs;
    if (j === i + 1 && name[i] === popular[j] && name[j] === popular[i]) return 'transposition';
  }
  if (diffs.length === 1) {
    const a = name[diffs[0] ?? 0] ?? '';
    const b = popular[diffs[0] ?? 0] ?? '';
    if (keysAdjacent(a, b) && !(/\d/.test(a) && /\d/.test(b))) return 'keyboard-adjacent';
  }
  return undefined;
}

const DETAIL: Record<TyposquatKind, string> = {
  omission: 'a letter left out of',
  repetition: 'a letter doubled in',
  transposition: 'two letters swapped in',
  'keyboard-adjacent': 'a neighbouring key typed in',
  homoglyph: 'look-alike characters in',
  separator: 'separators changed in',
  'scope-confusion': 'the scope confused in',
};

/** A name in the forms the comparisons need, computed once per name. */
interface Forms {
  name: string;
  bare: string;
  unscoped: string;
  folded: string;
}

function formsOf(name: string): Forms {
  return {
    name,
    bare: stripSeparators(name),
    unscoped: stripSeparators(name.replace(/[@/]/g, '')),
    folded: foldHomoglyphs(name),
  };
}

const formsByList = new WeakMap<PopularList, Forms[]>();

function listForms(list: PopularList): Forms[] {
  let forms = formsByList.get(list);
  if (!forms) {
    forms = list.names.map(formsOf);
    formsByList.set(list, forms);
  }
  return forms;
}

function compare(ecosystem: Ecosystem, name: Forms, popular: Forms): TyposquatKind | undefined {
  if (name.bare === popular.bare) return 'separator';
  if (ecosystem === 'npm' && name.unscoped === popular.unscoped) return 'scope-confusion';
  if (name.folded === popular.folded) return 'homoglyph';
  if (Math.abs(name.name.length - popular.name.length) > 1) return undefined;
  return singleEdit(name.name, popular.name);
}

/** `@evil/lodash` imitating `lodash`: an unknown scope in front of a popular unscoped name. */
function scopedCopy(name: string, list: PopularList): string | undefined {
  const match = /^(@[^/]+)\/(.+)$/.exec(name);
  const bare = match?.[2] ?? '';
  if (!match || list.popularScopes.has(match[1] ?? '') || list.commonScopedNames.has(bare)) return undefined;
  return list.rank.has(bare) ? bare : undefined;
}

/**
 * Whether `name` looks like a typo of a popular package of its ecosystem. A popular name itself never is;
 * among several look-alike targets the most popular wins. Undefined when no list ships for the ecosystem.
 */
export function checkTyposquat(
  ecosystem: Ecosystem,
  name: string,
  list = popularList(ecosystem),
): TyposquatMatch | undefined {
  if (!list) return undefined;
  const normalised = normaliseName(ecosystem, name);
  if (list.rank.has(normalised)) return undefined;
  const make = (target: string, kind: TyposquatKind): TyposquatMatch => ({
    target,
    kind,
    targetRank: list.rank.get(target) ?? 0,
    detail: `'${name}' looks like '${target}' with ${DETAIL[kind]} the name`,
  });
  if (ecosystem === 'npm') {
    const bare = scopedCopy(normalised, list);
    if (bare) return make(bare, 'scope-confusion');
  }
  const forms = formsOf(normalised);
  for (const popular of listForms(list)) {
    const kind = compare(ecosystem, forms, popular);
    if (kind) return make(popular.name, kind);
  }
  return undefined;
}
