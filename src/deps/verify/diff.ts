import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BulwarkError, errorMessage } from '../../core/errors.js';
import { tryGit } from '../../core/git.js';
import { parseLockfile } from '../lockfiles/index.js';
import type { Package } from '../types.js';
import { normaliseName } from './popular.js';

async function readNow(root: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** The file at `baseRef` (path relative to `root`), undefined when it did not exist there. */
function readAtBase(root: string, baseRef: string, path: string): Promise<string | undefined> {
  return tryGit(['show', `${baseRef}:./${path}`], root);
}

function parse(path: string, content: string | undefined, read: (rel: string) => string | undefined): Package[] {
  if (content === undefined) return [];
  try {
    return parseLockfile(path, content, { readFile: read }).packages;
  } catch (error) {
    throw new BulwarkError('data', `${path}: ${errorMessage(error)}`);
  }
}

const key = (pkg: Package) => `${pkg.ecosystem}\0${normaliseName(pkg.ecosystem, pkg.name)}`;

/**
 * Packages a change adds: for each lockfile (or requirements file), parse it at `baseRef` (via `git show`) and
 * in the working tree, and return the packages whose name did not appear at the base in any of the files
 * (a version bump of a known package is not a new dependency). Deduplicated by name and version.
 */
export async function diffAddedDependencies(
  root: string,
  baseRef: string,
  lockfilePaths: string[],
): Promise<Package[]> {
  const commit = await tryGit(['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`], root);
  if (!commit?.trim()) {
    throw new BulwarkError('git', `cannot resolve the base revision '${baseRef}' in ${root}`, {
      hint: 'fetch the base branch (git fetch origin main) or pass a commit that exists',
    });
  }
  const baseFiles = new Map<string, string | undefined>();
  const nowFiles = new Map<string, string | undefined>();
  for (const path of lockfilePaths) {
    baseFiles.set(path, await readAtBase(root, baseRef, path));
    nowFiles.set(path, await readNow(root, path));
  }
  // Includes (requirements -r) are read from the same side of the diff, synchronously from what we fetched.
  const before = new Set<string>();
  for (const path of lockfilePaths) {
    for (const pkg of parse(path, baseFiles.get(path), (rel) => baseFiles.get(rel))) before.add(key(pkg));
  }
  const added = new Map<string, Package>();
  for (const path of lockfilePaths) {
    for (const pkg of parse(path, nowFiles.get(path), (rel) => nowFiles.get(rel))) {
      if (!before.has(key(pkg))) added.set(`${key(pkg)}\0${pkg.version}`, pkg);
    }
  }
  return [...added.values()];
}
