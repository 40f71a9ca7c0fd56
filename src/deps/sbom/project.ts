import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { errorMessage } from '../../core/errors.js';
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

/** Every file under `root` (relative, forward slashes), not descending into dependency or VCS folders. */
export function listProjectFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (entry.isFile()) files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Find and parse every lockfile under `root`; a broken one is reported in `errors` and the rest still load. */
export function loadProjectPackages(root: string): ProjectPackages {
  const result: ProjectPackages = { packages: [], lockfiles: [], errors: [], warnings: [] };
  for (const path of findLockfiles(listProjectFiles(root))) {
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
