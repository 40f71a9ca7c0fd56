import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { listFiles } from '../../core/walk.js';
import { findLockfiles, parseLockfile } from '../lockfiles/index.js';
import type { Package } from '../types.js';

export interface ProjectPackages {
  packages: Package[];
  /** Lockfiles read successfully, relative to the root. */
  lockfiles: string[];
  /** Lockfiles that could not be read or parsed, with the reason. */
  errors: { path: string; message: string }[];
  warnings: string[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'vendor', '.venv', 'venv', '__pycache__']);

/**
 * The project's files (relative, forward slashes) as every scan sees them (.gitignore, .bulwarkignore), without
 * dependency or VCS folders: a lockfile inside node_modules belongs to a dependency, not to the project.
 */
export async function listProjectFiles(root: string): Promise<string[]> {
  const { paths } = await listFiles(root);
  return paths.filter((path) => !path.split('/').some((segment) => SKIPPED_DIRS.has(segment)));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Find and parse every lockfile under `root`; a broken one is reported in `errors` and the rest still load. */
export async function loadProjectPackages(root: string): Promise<ProjectPackages> {
  const result: ProjectPackages = { packages: [], lockfiles: [], errors: [], warnings: [] };
  for (const path of findLockfiles(await listProjectFiles(root))) {
    const content = readText(join(root, path));
    if (content === undefined) {
      result.errors.push({ path, message: 'cannot read the file' });
      continue;
    }
    try {
      const parsed = parseLockfile(path, content, { readFile: (rel) => readText(join(root, rel)) });
      result.packages.push(...parsed.packages);
      result.warnings.push(...parsed.warnings);
      result.lockfiles.push(path);
    } catch (error) {
      const message = errorMessage(error).split('\n')[0] ?? '';
      result.errors.push({ path, message: message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message });
    }
  }
  return result;
}
