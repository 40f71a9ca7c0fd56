import { z } from 'zod';
import { BulwarkError } from '../../core/errors.js';
import { type FetchOptions, getJson } from './http.js';
import type { Endpoints, RegistryInfo } from './registry-info.js';

const repositorySchema = z
  .union([z.string(), z.object({ url: z.string().optional() }).loose()])
  .optional()
  .catch(undefined);

const versionSchema = z
  .object({
    scripts: z.record(z.string(), z.unknown()).optional().catch(undefined),
    deprecated: z.union([z.string(), z.boolean()]).optional().catch(undefined),
    repository: repositorySchema,
    maintainers: z.array(z.unknown()).optional().catch(undefined),
  })
  .loose();

/** The parts of an npm packument we read; lenient about everything else (registry mirrors differ). */
const packumentSchema = z
  .object({
    name: z.string(),
    'dist-tags': z.record(z.string(), z.string()).optional().catch(undefined),
    versions: z.record(z.string(), versionSchema).default({}),
    time: z.record(z.string(), z.string()).optional().catch(undefined),
    maintainers: z.array(z.unknown()).optional().catch(undefined),
    repository: repositorySchema,
  })
  .loose();

const downloadsSchema = z.object({ downloads: z.number() }).loose();

const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall'] as const;

function repositoryUrl(value: z.infer<typeof repositorySchema>): string | undefined {
  const url = typeof value === 'string' ? value : value?.url;
  return url?.trim() || undefined;
}

/** Registry path of a package: scoped names keep the '@' and encode the '/' (@scope%2Fname). */
export function npmPackagePath(name: string): string {
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}

/** Look a package up on an npm registry (packument + weekly downloads). */
export async function lookupNpm(
  name: string,
  version: string | undefined,
  endpoints: Endpoints,
  fetchOptions: FetchOptions,
): Promise<RegistryInfo> {
  const url = `${endpoints.npmRegistry}/${npmPackagePath(name)}`;
  const response = await getJson(url, fetchOptions);
  if (response.status === 404) return { exists: false, installScripts: [], url };
  if (response.status < 200 || response.status >= 300) {
    throw new BulwarkError('network', `GET ${url} answered HTTP ${response.status}`);
  }
  const parsed = packumentSchema.safeParse(response.body);
  if (!parsed.success)
    throw new BulwarkError('data', `GET ${url}: not an npm packument (${parsed.error.issues[0]?.message})`);
  const packument = parsed.data;
  const latest = packument['dist-tags']?.latest;
  const chosen = version ?? latest;
  const manifest = chosen === undefined ? undefined : packument.versions[chosen];
  const scripts = manifest?.scripts ?? {};
  const installScripts = INSTALL_HOOKS.filter((hook) => typeof scripts[hook] === 'string').map(
    (hook) => `${hook}: ${String(scripts[hook])}`,
  );
  const deprecated = manifest?.deprecated;
  const info: RegistryInfo = {
    exists: true,
    version: chosen,
    versionExists: version === undefined ? undefined : manifest !== undefined,
    latestVersion: latest,
    createdAt: packument.time?.created,
    versionPublishedAt: chosen === undefined ? undefined : packument.time?.[chosen],
    maintainers: (manifest?.maintainers ?? packument.maintainers)?.length,
    installScripts,
    repository: repositoryUrl(manifest?.repository) ?? repositoryUrl(packument.repository),
    deprecated:
      typeof deprecated === 'string' && deprecated ? deprecated : deprecated === true ? 'deprecated' : undefined,
    url,
  };
  info.downloadsLastWeek = await weeklyDownloads(name, endpoints, fetchOptions);
  return info;
}

async function weeklyDownloads(
  name: string,
  endpoints: Endpoints,
  fetchOptions: FetchOptions,
): Promise<number | undefined> {
  if (!endpoints.npmDownloads) return undefined;
  const response = await getJson(`${endpoints.npmDownloads}/downloads/point/last-week/${name}`, fetchOptions);
  const parsed = downloadsSchema.safeParse(response.body);
  return parsed.success ? parsed.data.downloads : undefined;
}
