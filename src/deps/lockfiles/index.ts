import { BulwarkError } from '../../core/errors.js';
import type { LockfileParseResult } from '../types.js';
import { parseBunLock } from './bun-lock.js';
import { parseCargoLock } from './cargo-lock.js';
import { parseGoMod } from './go-mod.js';
import type { ParseOptions } from './options.js';
import { parsePackageLock } from './package-lock.js';
import { parsePipfileLock } from './pipfile-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parsePoetryLock } from './poetry-lock.js';
import { parseRequirements } from './requirements.js';
import { parseUvLock } from './uv-lock.js';
import { parseYarnLock } from './yarn-lock.js';

export type { ParseOptions } from './options.js';

type Parser = (source: string, content: string, options: ParseOptions) => LockfileParseResult;

/** File name -> parser. Requirements files match by pattern (requirements.txt, requirements-dev.txt, ...). */
const PARSERS: Record<string, Parser> = {
  'package-lock.json': parsePackageLock,
  'npm-shrinkwrap.json': parsePackageLock,
  'yarn.lock': parseYarnLock,
  'pnpm-lock.yaml': parsePnpmLock,
  'bun.lock': parseBunLock,
  'poetry.lock': parsePoetryLock,
  'uv.lock': parseUvLock,
  'Pipfile.lock': parsePipfileLock,
  'go.mod': parseGoMod,
  'Cargo.lock': parseCargoLock,
};

const REQUIREMENTS_FILE = /^requirements([-_.][\w.-]*)?\.txt$|^[\w.-]*requirements\.txt$/;

function parserFor(relPath: string): Parser | undefined {
  const base = relPath.split('/').pop() ?? relPath;
  return PARSERS[base] ?? (REQUIREMENTS_FILE.test(base) ? parseRequirements : undefined);
}

export function isLockfile(relPath: string): boolean {
  return parserFor(relPath) !== undefined;
}

/** The lockfiles (and requirements files) among `paths`, skipping anything inside node_modules or vendor. */
export function findLockfiles(paths: string[]): string[] {
  return paths.filter((path) => !/(^|\/)(node_modules|vendor|\.git)\//.test(path) && isLockfile(path)).sort();
}

/**
 * Parse one lockfile by its file name. Throws BulwarkError('data') with the file and the reason when the file
 * is broken; `options.readFile` lets parsers follow includes and read the manifest next to the lockfile.
 */
export function parseLockfile(relPath: string, content: string, options: ParseOptions = {}): LockfileParseResult {
  const parser = parserFor(relPath);
  if (!parser) throw new BulwarkError('data', `${relPath}: not a lockfile Bulwark can read`);
  return parser(relPath, content.replace(/^\uFEFF/, ''), options);
}
