/** Shared model of the dependency modules: lockfile parsers produce it; matcher, SBOM, verify and fix read it. */

export type Ecosystem = 'npm' | 'PyPI' | 'Go' | 'crates.io';

export interface Package {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** Declared in the manifest (direct) or pulled in by another package (transitive). */
  direct: boolean;
  /** Only needed for development (devDependencies, dev groups). */
  dev: boolean;
  /** Lockfile or manifest it came from, relative to the scanned root. */
  source: string;
  /** Names from a direct dependency down to this package, e.g. ["express", "body-parser", "qs"]. */
  path: string[];
  /** Subresource-integrity or hash values from the lockfile (e.g. "sha512-..."). */
  integrity?: string[];
  license?: string;
  /** Resolved download URL when the lockfile records it. */
  resolved?: string;
  /** Names@versions this package depends on (for the SBOM dependency graph). */
  dependencies?: string[];
  /** 1-based line of the entry in the lockfile, for finding locations. */
  line?: number;
}

export interface LockfileParseResult {
  source: string;
  packages: Package[];
  /** Problems that did not stop the parse (unknown entries, unsupported fields). */
  warnings: string[];
}
