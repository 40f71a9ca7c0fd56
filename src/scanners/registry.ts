import type { Scanner } from '../core/scanner.js';

/**
 * Every scanner, loaded only when the target has something it can read, so a pre-commit scan of one text file
 * never loads the parsers. A new scanner is one folder in src/scanners plus one entry here.
 */
export interface ScannerEntry {
  id: string;
  description: string;
  /** text: sees each chunk of text (files, added lines, history); project: sees the file list (parsers, lockfiles). */
  kind: 'text' | 'project';
  /** Cheap test of whether a path is worth loading the scanner for. */
  relevant(path: string): boolean;
  load(): Promise<Scanner>;
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|pyw)$/;
const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|go\.mod|Cargo\.lock|requirements[^/]*\.txt|package\.json)$/;

export const SCANNERS: readonly ScannerEntry[] = [
  {
    id: 'secrets',
    description: 'Credentials, keys and tokens in text (80+ types, validated where the format allows)',
    kind: 'text',
    relevant: () => true,
    load: async () => (await import('./secrets/index.js')).secretsScanner,
  },
  {
    id: 'injection',
    description: 'Prompt injection and hidden Unicode in content an AI assistant will read',
    kind: 'text',
    relevant: () => true,
    load: async () => (await import('./injection/index.js')).injectionScanner,
  },
  {
    id: 'sast',
    description: 'Taint-tracking static analysis for JavaScript/TypeScript and Python',
    kind: 'project',
    relevant: (path) => SOURCE_FILE.test(path),
    load: async () => (await import('./sast/index.js')).sastScanner,
  },
  {
    id: 'deps',
    description: 'Vulnerable dependencies (OSV), and verification of dependencies a change adds',
    kind: 'project',
    relevant: (path) => LOCKFILE.test(path),
    load: async () => (await import('./deps/index.js')).depsScanner,
  },
];

export function scannerIds(): string[] {
  return SCANNERS.map((entry) => entry.id);
}

export function findScanner(id: string): ScannerEntry | undefined {
  return SCANNERS.find((entry) => entry.id === id);
}
