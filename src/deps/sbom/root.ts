import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { purlOf } from './purl.js';

/** The project the SBOM describes, read from package.json or pyproject.toml when present. */
export interface RootComponent {
  name: string;
  version?: string;
  description?: string;
  license?: string;
  /** People or organisations named as authors in the manifest. */
  authors: string[];
  purl?: string;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** npm author: "Name <mail> (url)" or { name }; Python authors: [{ name, email }]. */
function personName(value: unknown): string | undefined {
  const raw = text(value) ?? text(record(value).name) ?? text(record(value).email);
  return raw?.replace(/\s*[<(].*$/, '').trim() || undefined;
}

function fromPackageJson(path: string): RootComponent | undefined {
  try {
    const json = record(JSON.parse(readFileSync(path, 'utf8')));
    const name = text(json.name);
    if (!name) return undefined;
    const author = personName(json.author);
    const version = text(json.version);
    return {
      name,
      version,
      description: text(json.description),
      license: text(json.license) ?? text(record(json.license).type),
      authors: author ? [author] : [],
      purl: purlOf({ ecosystem: 'npm', name, version: version ?? '' }),
    };
  } catch {
    return undefined;
  }
}

function fromPyproject(path: string): RootComponent | undefined {
  try {
    const toml = record(parseToml(readFileSync(path, 'utf8')));
    const project = record(toml.project);
    const poetry = record(record(toml.tool).poetry);
    const name = text(project.name) ?? text(poetry.name);
    if (!name) return undefined;
    const version = text(project.version) ?? text(poetry.version);
    const authorList = Array.isArray(project.authors)
      ? project.authors
      : Array.isArray(poetry.authors)
        ? poetry.authors
        : [];
    return {
      name,
      version,
      description: text(project.description) ?? text(poetry.description),
      license: text(project.license) ?? text(record(project.license).text) ?? text(poetry.license),
      authors: authorList.map(personName).filter((p): p is string => p !== undefined),
      purl: purlOf({ ecosystem: 'PyPI', name, version: version ?? '' }),
    };
  } catch {
    return undefined;
  }
}

/** Read the root component of `dir`; falls back to the folder name when no manifest names the project. */
export function readRootComponent(dir: string): RootComponent {
  const packageJson = join(dir, 'package.json');
  const pyproject = join(dir, 'pyproject.toml');
  return (
    (existsSync(packageJson) ? fromPackageJson(packageJson) : undefined) ??
    (existsSync(pyproject) ? fromPyproject(pyproject) : undefined) ?? { name: basename(dir) || 'project', authors: [] }
  );
}
