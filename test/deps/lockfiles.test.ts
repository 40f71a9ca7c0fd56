import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BulwarkError } from '../../src/core/errors.js';
import { findLockfiles, parseLockfile } from '../../src/deps/lockfiles/index.js';
import type { LockfileParseResult, Package } from '../../src/deps/types.js';

const ROOT = join(import.meta.dirname, 'fixtures', 'lockfiles');

function parse(relPath: string): LockfileParseResult {
  const readFile = (path: string) => {
    const absolute = join(ROOT, path);
    return existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  };
  return parseLockfile(relPath, readFileSync(join(ROOT, relPath), 'utf8'), { readFile });
}

function get(result: LockfileParseResult, name: string, version?: string): Package {
  const pkg = result.packages.find((p) => p.name === name && (version === undefined || p.version === version));
  assert.ok(pkg, `${name}@${version ?? '*'} parsed`);
  return pkg;
}

function summary(result: LockfileParseResult): string[] {
  return result.packages.map((p) => `${p.name}@${p.version}${p.direct ? ' direct' : ''}${p.dev ? ' dev' : ''}`).sort();
}

describe('npm lockfiles', () => {
  it('package-lock v3: direct, dev, nested copies, edges, paths, lines', () => {
    const result = parse('npm-v3/package-lock.json');
    assert.deepEqual(summary(result), [
      'express@4.17.1 direct',
      'mocha@10.2.0 direct dev',
      'qs@6.11.0 dev',
      'qs@6.7.0',
    ]);
    const qs = get(result, 'qs', '6.7.0');
    assert.deepEqual(qs.path, ['express', 'qs']);
    assert.deepEqual(qs.integrity, ['sha512-qsfake']);
    assert.equal(qs.line, 26);
    assert.deepEqual(get(result, 'qs', '6.11.0').path, ['mocha', 'qs']);
    assert.deepEqual(get(result, 'express').dependencies, ['qs@6.7.0']);
    assert.equal(get(result, 'express').license, 'MIT');
    assert.equal(
      result.packages.every((p) => p.ecosystem === 'npm'),
      true,
    );
  });
  it('package-lock v1 with package.json', () => {
    const result = parse('npm-v1/package-lock.json');
    assert.deepEqual(summary(result), [
      'lodash@4.17.11 direct',
      'request@2.88.0 direct',
      'tape@4.10.0 direct dev',
      'tough-cookie@2.4.3',
    ]);
    assert.deepEqual(get(result, 'tough-cookie').path, ['request', 'tough-cookie']);
    assert.equal(get(result, 'lodash').line, 7);
  });
  it('yarn.lock v1 and berry', () => {
    const classic = parse('yarn-v1/yarn.lock');
    assert.deepEqual(summary(classic), [
      '@babel/code-frame@7.12.13 direct',
      '@babel/highlight@7.13.10',
      'minimist@1.2.5 direct dev',
    ]);
    assert.equal(get(classic, 'minimist').line, 17);
    assert.deepEqual(get(classic, '@babel/highlight').path, ['@babel/code-frame', '@babel/highlight']);
    const berry = parse('yarn-berry/yarn.lock');
    assert.deepEqual(summary(berry), ['left-pad@1.3.0', 'lodash@4.17.15 direct']);
    assert.deepEqual(get(berry, 'left-pad').path, ['lodash', 'left-pad']);
    assert.equal(get(berry, 'lodash').line, 15);
  });
  it('pnpm-lock v6 and v9', () => {
    assert.deepEqual(summary(parse('pnpm-v6/pnpm-lock.yaml')), [
      'lodash@4.17.11 direct',
      'react-dom@18.2.0 direct dev',
      'react@18.2.0 dev',
    ]);
    const v9 = parse('pnpm-v9/pnpm-lock.yaml');
    assert.deepEqual(summary(v9), ['@types/node@20.1.0 direct dev', 'express@4.17.1 direct', 'qs@6.7.0']);
    assert.deepEqual(get(v9, 'qs').path, ['express', 'qs']);
    assert.ok((get(v9, 'qs').line ?? 0) > 20);
  });
  it('bun.lock (JSONC with comments and trailing commas)', () => {
    const result = parse('bun/bun.lock');
    assert.deepEqual(summary(result), ['express@4.17.1 direct', 'qs@6.7.0', 'typescript@5.4.2 direct dev']);
    assert.deepEqual(get(result, 'qs').path, ['express', 'qs']);
  });
});

describe('Python lockfiles', () => {
  it('requirements.txt: pins, ===, extras, markers, hashes, includes, PEP 503 names', () => {
    const result = parse('python/requirements.txt');
    assert.deepEqual(summary(result), [
      'django-rest-framework@3.11.0 direct',
      'django@3.2.4 direct',
      'jinja2@2.10 direct',
      'pyyaml@5.3.1 direct',
    ]);
    assert.deepEqual(get(result, 'django').integrity, [
      'sha256:0000000000000000000000000000000000000000000000000000000000000001',
    ]);
    assert.equal(get(result, 'django-rest-framework').line, 4);
    assert.equal(get(result, 'jinja2').source, 'python/base/common.txt');
    assert.equal(get(result, 'jinja2').line, 1);
    assert.ok(result.warnings.some((w) => w.includes('requests>=2.0')));
    assert.deepEqual(summary(parse('python/requirements-dev.txt')), ['pytest@7.0.0 direct dev']);
  });
  it('poetry.lock: categories, edges, legacy hashes', () => {
    const result = parse('poetry/poetry.lock');
    assert.deepEqual(summary(result), ['django@3.2.4 direct', 'pytest@7.0.0 direct dev', 'sqlparse@0.4.1']);
    assert.deepEqual(get(result, 'sqlparse').path, ['django', 'sqlparse']);
    assert.equal(get(result, 'sqlparse').line, 12);
    assert.equal(get(result, 'django').integrity?.length, 1);
  });
  it('uv.lock: the project entry gives direct and dev', () => {
    const result = parse('uv/uv.lock');
    assert.deepEqual(summary(result), ['jinja2@2.10 direct', 'markupsafe@2.1.0', 'pytest@7.0.0 direct dev']);
    assert.deepEqual(get(result, 'markupsafe').path, ['jinja2', 'markupsafe']);
  });
  it('Pipfile.lock: default vs develop, Pipfile for direct, VCS entries warned', () => {
    const result = parse('pipenv/Pipfile.lock');
    assert.deepEqual(summary(result), ['pytest@7.0.0 direct dev', 'requests@2.19.0 direct', 'urllib3@1.24.1']);
    assert.ok(result.warnings.some((w) => w.includes('mylib')));
    assert.equal(get(result, 'urllib3').line, 12);
  });
});

describe('Go and Cargo', () => {
  it('go.mod: require blocks, indirect, replace, go.sum hashes', () => {
    const result = parse('go/go.mod');
    assert.deepEqual(summary(result), [
      'github.com/docker/docker@v20.10.0+incompatible direct',
      'github.com/gin-gonic/gin@v1.6.0 direct',
      'github.com/new/thing@v1.2.0 direct',
      'golang.org/x/net@v0.0.0-20200202094626-16171245cfb2',
    ]);
    assert.deepEqual(get(result, 'github.com/gin-gonic/gin').integrity, ['h1:fakehash=']);
    assert.equal(get(result, 'golang.org/x/net').line, 7);
    assert.ok(result.warnings.some((w) => w.includes('../thing')));
  });
  it('Cargo.lock: workspace members give direct dependencies', () => {
    const result = parse('cargo/Cargo.lock');
    assert.deepEqual(summary(result), ['rustls@0.17.0', 'tokio-rustls@0.13.0 direct']);
    assert.deepEqual(get(result, 'rustls').path, ['tokio-rustls', 'rustls']);
    assert.equal(get(result, 'tokio-rustls').line, 17);
  });
});

describe('broken and unknown files', () => {
  for (const file of ['broken/package-lock.json', 'broken/poetry.lock']) {
    it(`${file} throws a data error naming the file`, () => {
      assert.throws(
        () => parse(file),
        (error: unknown) => error instanceof BulwarkError && error.code === 'data' && error.message.includes(file),
      );
    });
  }
  it('findLockfiles keeps lockfiles and skips node_modules', () => {
    assert.deepEqual(
      findLockfiles([
        'src/index.ts',
        'package-lock.json',
        'node_modules/x/package-lock.json',
        'svc/requirements-dev.txt',
        'go.mod',
        'docs/requirements.md',
        'Cargo.toml',
      ]),
      ['go.mod', 'package-lock.json', 'svc/requirements-dev.txt'],
    );
  });
});
