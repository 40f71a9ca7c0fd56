import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const DAY = 24 * 60 * 60 * 1000;
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY).toISOString();

/** A packument shaped like the public npm registry's. */
function packument(
  name: string,
  opts: {
    createdDaysAgo: number;
    scripts?: Record<string, string>;
    deprecated?: string;
    repository?: boolean;
    maintainers?: number;
  },
) {
  const maintainers = Array.from({ length: opts.maintainers ?? 2 }, (_, i) => ({
    name: `m${i}`,
    email: `m${i}@example.com`,
  }));
  const repository =
    opts.repository === false ? undefined : { type: 'git', url: `git+https://github.com/example/${name}.git` };
  return {
    _id: name,
    name,
    'dist-tags': { latest: '1.1.0' },
    versions: {
      '1.0.0': { name, version: '1.0.0', scripts: { test: 'node test.js' }, repository, maintainers },
      '1.1.0': {
        name,
        version: '1.1.0',
        scripts: { test: 'node test.js', ...opts.scripts },
        deprecated: opts.deprecated,
        repository,
        maintainers,
      },
    },
    time: { created: iso(opts.createdDaysAgo), modified: iso(1), '1.0.0': iso(opts.createdDaysAgo), '1.1.0': iso(2) },
    maintainers,
    repository,
  };
}

const NPM: Record<string, { doc: unknown; downloads: number }> = {
  express: { doc: packument('express', { createdDaysAgo: 5000 }), downloads: 30_000_000 },
  '@types/node': { doc: packument('@types/node', { createdDaysAgo: 3000 }), downloads: 50_000_000 },
  'fresh-helper': {
    doc: packument('fresh-helper', {
      createdDaysAgo: 3,
      scripts: { postinstall: 'node steal.js' },
      repository: false,
      maintainers: 1,
    }),
    downloads: 12,
  },
  'old-thing': {
    doc: packument('old-thing', { createdDaysAgo: 4000, deprecated: 'use new-thing instead' }),
    downloads: 50_000,
  },
};

const PYPI: Record<string, unknown> = {
  requests: {
    info: {
      name: 'requests',
      version: '2.31.0',
      project_urls: { Source: 'https://github.com/psf/requests' },
      author: 'Kenneth Reitz',
      classifiers: [],
    },
    releases: {
      '2.0.0': [{ packagetype: 'bdist_wheel', upload_time_iso_8601: iso(4000), yanked: false }],
      '2.31.0': [
        { packagetype: 'bdist_wheel', upload_time_iso_8601: iso(300), yanked: false },
        { packagetype: 'sdist', upload_time_iso_8601: iso(300), yanked: false },
      ],
    },
  },
  'sdist-only': {
    info: { name: 'sdist-only', version: '0.1', home_page: null, project_urls: null, classifiers: [] },
    releases: { '0.1': [{ packagetype: 'sdist', upload_time_iso_8601: iso(10), yanked: false }] },
  },
};

export interface RegistryServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Start an npm registry + downloads API + PyPI JSON API on 127.0.0.1 with a few known packages. */
export async function startRegistry(): Promise<RegistryServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    requests.push(url);
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '{"error":"Not found"}' : JSON.stringify(body));
    };
    if (url === '/broken') return send(500, { error: 'boom' });
    const downloads = /^\/downloads\/point\/last-week\/(.+)$/.exec(url);
    if (downloads) {
      const entry = NPM[downloads[1] ?? ''];
      return entry ? send(200, { downloads: entry.downloads, package: downloads[1] }) : send(404);
    }
    const pypi = /^\/pypi\/([^/]+)\/json$/.exec(url);
    if (pypi) return PYPI[pypi[1] ?? ''] ? send(200, PYPI[pypi[1] ?? '']) : send(404);
    if (url.startsWith('/npm-down/')) return send(503);
    const name = url.slice(1);
    // The real registry expects scoped names as @scope%2Fname: check the raw URL too.
    if (name.startsWith('@') && !(req.url ?? '').includes('%2F')) return send(404);
    return NPM[name] ? send(200, NPM[name]?.doc) : send(404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
