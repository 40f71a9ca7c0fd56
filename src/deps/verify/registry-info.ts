import { execFileSync } from 'node:child_process';
/** What a registry says about one package, in the same shape for every ecosystem. */
export interface RegistryInfo {
  exists: boolean;
  /** Version looked at: the requested one, else the latest. */
  version?: string;
  /** False when a version was requested and the registry does not have it. */
  versionExists?: boolean;
  latestVersion?: string;
  /** First publication of the package (ISO 8601). */
  createdAt?: string;
  /** Publication of `version`. */
  versionPublishedAt?: string;
  downloadsLastWeek?: number;
  maintainers?: number;
  /** Install-time hooks of `version`, e.g. ["postinstall: node build.js"] or ["setup.py (no wheel)"]. */
  installScripts: string[];
  repository?: string;
  /** Deprecation (npm) or yank (PyPI) message of `version`. */
  deprecated?: string;
  /** URL the information came from. */
  url: string;
}

export interface Endpoints {
  npmRegistry: string;
  npmDownloads: string;
  pypi: string;
}

/**
 * Where the public registries are, asked of the package managers themselves (npm's configured registry, pip's
 * default index), so a mirror or private registry configured for npm is used as it is. The npm downloads API
 * lives beside the public registry (`api.` instead of `registry.`); for other registries it must be configured.
 * Each answer is looked up once per process.
 */
let discovered: Endpoints | undefined;

function ask(command: string, args: string[]): string | undefined {
  try {
    const out = execFileSync(command, args, {
      encoding: 'utf8',
      timeout: 5000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^https?:\/\//.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

function downloadsBeside(registry: string): string {
  try {
    const url = new URL(registry);
    if (!url.hostname.startsWith('registry.')) return '';
    url.hostname = `api.${url.hostname.slice('registry.'.length)}`;
    return url.origin;
  } catch {
    return '';
  }
}

export function discoverEndpoints(): Endpoints {
  if (discovered) return discovered;
  const npmRegistry = ask('npm', ['config', 'get', 'registry']) ?? '';
  const pypi = ask('python3', ['-c', 'from pip._internal.models.index import PyPI; print(PyPI.url)']) ?? '';
  discovered = { npmRegistry, npmDownloads: downloadsBeside(npmRegistry), pypi };
  return discovered;
}

/** Endpoints from explicit options, then BULWARK_NPM_REGISTRY / BULWARK_NPM_DOWNLOADS / BULWARK_PYPI_URL, then discovery. */
export function resolveEndpoints(explicit: Partial<Endpoints> = {}, env: NodeJS.ProcessEnv = {}): Endpoints {
  const trim = (url: string) => url.replace(/\/+$/, '');
  const pick = (value: string | undefined, key: keyof Endpoints) => trim(value ?? discoverEndpoints()[key]);
  return {
    npmRegistry: pick(explicit.npmRegistry ?? env.BULWARK_NPM_REGISTRY, 'npmRegistry'),
    npmDownloads: pick(explicit.npmDownloads ?? env.BULWARK_NPM_DOWNLOADS, 'npmDownloads'),
    pypi: pick(explicit.pypi ?? env.BULWARK_PYPI_URL, 'pypi'),
  };
}
