import type { Package } from '../types.js';

export type ReadFile = (relPath: string) => string | undefined;

export const NPM_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Folder of a root-relative path ('' for the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function joinRel(folder: string, file: string): string {
  return folder ? `${folder}/${file}` : file;
}

export function isRequirementsFile(path: string): boolean {
  return /(^|\/)[\w.-]*requirements[\w.-]*\.txt$/.test(path);
}

/** The package.json section and range that declare `name`, if any. */
export function npmDeclaration(
  manifestText: string | undefined,
  name: string,
): { section: string; range: string } | undefined {
  if (manifestText === undefined) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  for (const section of NPM_SECTIONS) {
    const deps = (manifest as Record<string, unknown>)[section];
    const range = typeof deps === 'object' && deps !== null ? (deps as Record<string, unknown>)[name] : undefined;
    if (typeof range === 'string') return { section, range };
  }
  return undefined;
}

/** PEP 503 comparison of requirement names. */
export function samePypiName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[-_.]+/g, '-');
  return norm(a) === norm(b);
}

/** A requirements line for `name`: its index, the version spec, and where the spec sits in the line. */
export interface RequirementLine {
  index: number;
  spec: string;
  specStart: number;
  specEnd: number;
}

const REQUIREMENT_LINE =
  /^(\s*)([A-Za-z0-9][A-Za-z0-9._-]*)(\s*\[[^\]]*\])?(\s*)((?:(?:===|==|>=|<=|~=|!=|<|>)\s*[^\s,;#\\]+\s*,?\s*)*)/;

export function findRequirement(text: string, name: string): RequirementLine | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = REQUIREMENT_LINE.exec(lines[index] ?? '');
    if (!match || !samePypiName(match[2] ?? '', name)) continue;
    const specStart =
      (match[1] ?? '').length + (match[2] ?? '').length + (match[3] ?? '').length + (match[4] ?? '').length;
    const spec = (match[5] ?? '').trimEnd();
    return { index, spec, specStart, specEnd: specStart + spec.length };
  }
  return undefined;
}

/** The package.json field that forces a transitive version for the package manager of this lockfile. */
export function overrideField(lockfile: string): 'overrides' | 'pnpm.overrides' | 'resolutions' {
  const base = lockfile.split('/').pop() ?? lockfile;
  if (base === 'yarn.lock') return 'resolutions';
  if (base === 'pnpm-lock.yaml') return 'pnpm.overrides';
  return 'overrides';
}

export function viaOf(pkg: Package): string | undefined {
  return pkg.path.length > 1 ? pkg.path.slice(0, -1).join(' > ') : undefined;
}
