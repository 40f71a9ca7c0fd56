import { z } from 'zod';
import { BulwarkError } from '../../core/errors.js';
import { normalisePypiName } from '../sbom/purl.js';
import { type FetchOptions, getJson } from './http.js';
import type { Endpoints, RegistryInfo } from './registry-info.js';

const fileSchema = z
  .object({
    packagetype: z.string().optional().catch(undefined),
    upload_time_iso_8601: z.string().optional().catch(undefined),
    upload_time: z.string().optional().catch(undefined),
    yanked: z.boolean().optional().catch(undefined),
    yanked_reason: z.string().nullable().optional().catch(undefined),
  })
  .loose();

/** The parts of PyPI's JSON API answer we read. */
const projectSchema = z
  .object({
    info: z
      .object({
        name: z.string(),
        version: z.string().optional().catch(undefined),
        home_page: z.string().nullable().optional().catch(undefined),
        project_urls: z.record(z.string(), z.string()).nullable().optional().catch(undefined),
        classifiers: z.array(z.string()).optional().catch(undefined),
        maintainer: z.string().nullable().optional().catch(undefined),
        author: z.string().nullable().optional().catch(undefined),
      })
      .loose(),
    releases: z.record(z.string(), z.array(fileSchema)).default({}),
  })
  .loose();

type PypiFile = z.infer<typeof fileSchema>;

const uploadTime = (file: PypiFile) =>
  file.upload_time_iso_8601 ?? (file.upload_time ? `${file.upload_time}Z` : undefined);

function earliest(files: readonly PypiFile[]): string | undefined {
  return files
    .map(uploadTime)
    .filter((time): time is string => time !== undefined)
    .sort()[0];
}

function repositoryOf(info: z.infer<typeof projectSchema>['info']): string | undefined {
  const urls = Object.entries(info.project_urls ?? {});
  const source =
    urls.find(([label]) => /source|repo|code|github|gitlab/i.test(label)) ??
    urls.find(([, url]) => /github\.com|gitlab\.com|bitbucket\.org|codeberg\.org/i.test(url));
  if (source) return source[1];
  return info.home_page && /github\.com|gitlab\.com|bitbucket\.org|codeberg\.org/i.test(info.home_page)
    ? info.home_page
    : undefined;
}

/** Look a project up on PyPI's JSON API. PyPI publishes no download counts there, so those stay unknown. */
export async function lookupPypi(
  name: string,
  version: string | undefined,
  endpoints: Endpoints,
  fetchOptions: FetchOptions,
): Promise<RegistryInfo> {
  const url = `${endpoints.pypi}/pypi/${encodeURIComponent(normalisePypiName(name))}/json`;
  const response = await getJson(url, fetchOptions);
  if (response.status === 404) return { exists: false, installScripts: [], url };
  if (response.status < 200 || response.status >= 300) {
    throw new BulwarkError('network', `GET ${url} answered HTTP ${response.status}`);
  }
  const parsed = projectSchema.safeParse(response.body);
  if (!parsed.success)
    throw new BulwarkError('data', `GET ${url}: not a PyPI project (${parsed.error.issues[0]?.message})`);
  const { info, releases } = parsed.data;
  const chosen = version ?? info.version;
  const files = chosen === undefined ? undefined : releases[chosen];
  const allFiles = Object.values(releases).flat();
  const yanked = files?.find((file) => file.yanked);
  const inactive = info.classifiers?.some((c) => c.startsWith('Development Status :: 7 - Inactive'));
  const people = new Set(
    [info.maintainer, info.author].filter((p): p is string => typeof p === 'string' && p.trim() !== ''),
  );
  return {
    exists: true,
    version: chosen,
    versionExists: version === undefined ? undefined : files !== undefined,
    latestVersion: info.version,
    createdAt: earliest(allFiles),
    versionPublishedAt: files ? earliest(files) : undefined,
    maintainers: people.size > 0 ? people.size : undefined,
    installScripts:
      files && files.length > 0 && !files.some((file) => file.packagetype === 'bdist_wheel')
        ? ['setup.py runs at install (no wheel published)']
        : [],
    repository: repositoryOf(info),
    deprecated: yanked
      ? `yanked${yanked.yanked_reason ? `: ${yanked.yanked_reason}` : ''}`
      : inactive
        ? 'marked inactive'
        : undefined,
    url,
  };
}
