import type { FileTrait } from '../../core/scanner.js';

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

const MINIFIED = /\.min\.(?:js|mjs|cjs|css)$|\.(?:js|css)\.map$|(?:^|\/)(?:dist|build)\/.*\.bundle\.js$/i;
const TEST_FIXTURE =
  /(?:^|\/)(?:tests?|__tests__|__mocks__|fixtures?|testdata|test-data|spec|specs|mocks?)\/|[._-](?:test|spec|mock)s?\.[a-z0-9]+$/i;

const EXAMPLE = /(?:^|[._-])(?:examples?|samples?|templates?)\.[a-z0-9]+$|\.(?:example|sample|template|dist|tmpl)$/i;

/** The traits the path alone reveals; the target may add more (documentation, generated). */
export function traitsFromPath(path: string): FileTrait[] {
  const traits: FileTrait[] = [];
  const name = (path.slice(path.lastIndexOf('/') + 1) || path).toLowerCase();
  if (LOCKFILES.has(name)) traits.push('lockfile');
  if (MINIFIED.test(path)) traits.push('minified');
  if (TEST_FIXTURE.test(path)) traits.push('test-fixture');
  if (EXAMPLE.test(name)) traits.push('example');
  return traits;
}

/** The chunk's own traits plus those of its path, without duplicates. */
export function fileTraits(path: string, given: readonly FileTrait[] = []): FileTrait[] {
  return [...new Set([...given, ...traitsFromPath(path)])];
}
