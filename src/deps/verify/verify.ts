import { errorMessage } from '../../core/errors.js';
import { type Severity, severityRank } from '../../core/finding.js';
import type { Ecosystem } from '../types.js';
import type { FetchOptions } from './http.js';
import { lookupNpm } from './npm-registry.js';
import { lookupPypi } from './pypi-registry.js';
import { type Endpoints, type RegistryInfo, resolveEndpoints } from './registry-info.js';
import { DEFAULT_THRESHOLDS, nameRisks, type Risk, type RiskThresholds, registryRisks } from './risks.js';
import { checkTyposquat, type TyposquatMatch } from './typosquat.js';

/** A package to verify; a lockfile Package fits. */
export interface PackageRef {
  ecosystem: Ecosystem;
  name: string;
  /** Empty or absent: look at the latest version. */
  version?: string;
}

export interface VerifyOptions {
  /** Skip registry look-ups; only the typosquat check runs. */
  offline?: boolean;
  endpoints?: Partial<Endpoints>;
  /** Environment for BULWARK_NPM_REGISTRY and friends. */
  env?: NodeJS.ProcessEnv;
  cacheDir?: string;
  ttlMs?: number;
  timeoutMs?: number;
  now?: Date;
  thresholds?: Partial<RiskThresholds>;
  /** Parallel look-ups (default 4). */
  concurrency?: number;
}

export interface VerifyResult {
  package: PackageRef;
  /** online: looked up; offline: --offline; error: the look-up failed; unsupported: no registry client for the ecosystem. */
  lookup: 'online' | 'offline' | 'error' | 'unsupported';
  registry?: RegistryInfo;
  error?: string;
  typosquat?: TyposquatMatch;
  risks: Risk[];
  /** Highest risk severity, or 'ok'. */
  verdict: Severity | 'ok';
}

const REGISTRY_NAME: Record<Ecosystem, string> = {
  npm: 'npm',
  PyPI: 'PyPI',
  Go: 'the Go module proxy',
  'crates.io': 'crates.io',
};

function verdictOf(risks: readonly Risk[]): Severity | 'ok' {
  return risks.reduce<Severity | 'ok'>(
    (worst, risk) => (worst === 'ok' || severityRank(risk.severity) > severityRank(worst) ? risk.severity : worst),
    'ok',
  );
}

async function verifyOne(
  ref: PackageRef,
  options: VerifyOptions,
  endpoints: Endpoints,
  fetchOptions: FetchOptions,
): Promise<VerifyResult> {
  const typosquat = checkTyposquat(ref.ecosystem, ref.name);
  const risks = nameRisks(typosquat);
  const result: VerifyResult = { package: ref, lookup: 'offline', risks, verdict: 'ok' };
  if (typosquat) result.typosquat = typosquat;
  const lookup = ref.ecosystem === 'npm' ? lookupNpm : ref.ecosystem === 'PyPI' ? lookupPypi : undefined;
  if (!options.offline && !lookup) result.lookup = 'unsupported';
  if (!options.offline && lookup) {
    try {
      const info = await lookup(ref.name, ref.version || undefined, endpoints, fetchOptions);
      result.lookup = 'online';
      result.registry = info;
      const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
      risks.push(...registryRisks(REGISTRY_NAME[ref.ecosystem], ref.name, info, options.now ?? new Date(), thresholds));
    } catch (error) {
      result.lookup = 'error';
      result.error = errorMessage(error);
    }
  }
  result.verdict = verdictOf(risks);
  return result;
}

/**
 * Verify packages before they are added: typosquat distance to popular names always, and unless offline,
 * existence, age, downloads, maintainers, install scripts, repository and deprecation from the registry.
 * One result per input, in input order; a failed look-up is reported in the result, never thrown.
 */
export async function verifyPackages(
  packages: readonly PackageRef[],
  options: VerifyOptions = {},
): Promise<VerifyResult[]> {
  // Offline, no registry is asked, so there is nothing to discover (discovery runs npm and python).
  const endpoints: Endpoints = options.offline
    ? { npmRegistry: '', npmDownloads: '', pypi: '' }
    : resolveEndpoints(options.endpoints, options.env);
  const fetchOptions: FetchOptions = { cacheDir: options.cacheDir, ttlMs: options.ttlMs, timeoutMs: options.timeoutMs };
  const results: VerifyResult[] = new Array(packages.length);
  let next = 0;
  const worker = async () => {
    while (next < packages.length) {
      const index = next++;
      const ref = packages[index];
      if (ref) results[index] = await verifyOne(ref, options, endpoints, fetchOptions);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return results;
}

/** Whether a result should fail the check (exit 1): the package does not exist or imitates a popular one. */
export function isBlocking(result: VerifyResult): boolean {
  return result.risks.some((risk) => risk.kind === 'not-found' || risk.kind === 'typosquat');
}
