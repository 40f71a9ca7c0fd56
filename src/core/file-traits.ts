import type { FileTrait } from './scanner.js';

/** One list of lockfile names for every scanner (matched case-insensitively on the file name). */
const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'poetry.lock',
  'pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'cargo.lock',
  'gemfile.lock',
  'composer.lock',
  'go.sum',
  'packages.lock.json',
  'mix.lock',
  'pubspec.lock',
  'podfile.lock',
  'flake.lock',
]);

const MINIFIED_PATH = /\.min\.(?:js|mjs|cjs|css)$|\.(?:js|css)\.map$|(?:^|\/)(?:dist|build)\/.*\.bundle\.js$/i;
const TEST_FIXTURE =
  /(?:^|\/)(?:tests?|__tests__|__mocks__|__fixtures__|fixtures?|testdata|test-data|spec|specs|mocks?)\/|[._-](?:test|spec|mock)s?\.[a-z0-9]+$/i;
const EXAMPLE = /(?:^|[._-])(?:examples?|samples?|templates?)\.[a-z0-9]+$|\.(?:example|sample|template|dist|tmpl)$/i;
const DOCUMENTATION = /\.(?:md|mdx|rst|adoc|txt)$/i;

/** The traits the path alone reveals: lockfile, minified bundle, test fixture, sample/template file. */
export function traitsFromPath(path: string): FileTrait[] {
  const traits: FileTrait[] = [];
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1) || lower;
  // Each pattern runs only when a plain substring test says it can match: this runs once for every file of a tree.
  if (LOCKFILES.has(name)) traits.push('lockfile');
  if ((lower.includes('.min.') || lower.endsWith('.map') || lower.includes('.bundle.')) && MINIFIED_PATH.test(path))
    traits.push('minified');
  if (/test|spec|mock|fixture/.test(lower) && TEST_FIXTURE.test(path)) traits.push('test-fixture');
  if (/example|sample|template|\.dist$|\.tmpl$/.test(name) && EXAMPLE.test(name)) traits.push('example');
  return traits;
}

/**
 * The traits of a file from its path and content, given as text or as bytes (a minified bundle is also recognised by
 * its long lines).
 */
export function fileTraits(path: string, text: string | Buffer): FileTrait[] {
  const traits = traitsFromPath(path);
  if (!traits.includes('minified') && isMinified(text)) traits.push('minified');
  if (DOCUMENTATION.test(path)) traits.push('documentation');
  return traits;
}

/** A chunk's traits (all of them, as fileTraits gives them) or, for a chunk without any, those of its path. */
export function traitsOf(path: string, given: readonly FileTrait[] | undefined): readonly FileTrait[] {
  return given ?? traitsFromPath(path);
}

/** Lines longer than this on average make a file minified. */
const MINIFIED_LINE_LENGTH = 500;
const MINIFIED_PROBE = 65536;

/** A bundle or minified file: very long lines make up most of its start. */
function isMinified(content: string | Buffer): boolean {
  if (content.length < 2048) return false;
  const probeLength = Math.min(content.length, MINIFIED_PROBE);
  // More newlines than this in the probe and it is not minified: stop counting there (most files, within a page).
  const enough = probeLength / MINIFIED_LINE_LENGTH;
  let newlines = 0;
  if (typeof content === 'string') {
    for (let i = content.indexOf('\n'); i !== -1 && i < probeLength; i = content.indexOf('\n', i + 1))
      if (++newlines >= enough) return false;
  } else {
    // A plain loop: one Buffer.indexOf call per line would cost more in call overhead than the search itself.
    for (let i = 0; i < probeLength; i++) if (content[i] === 0x0a && ++newlines >= enough) return false;
  }
  return probeLength / (newlines + 1) > MINIFIED_LINE_LENGTH;
}
