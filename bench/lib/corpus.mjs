// The real-code corpus (pinned npm packages) and the peer tools, installed into bench/.cache with npm itself, plus
// the derived samples (a byte-limited subset and a set of .js files outside node_modules/ paths).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './proc.mjs';

export const BENCH = dirname(dirname(fileURLToPath(import.meta.url)));
export const ROOT = dirname(BENCH);
export const CACHE = join(BENCH, '.cache');
export const CORPUS = join(CACHE, 'corpus');
export const PEERS = join(CACHE, 'peers');
/** bench/.cache is inside the Bulwark repository and git-ignored: stop git discovery there so trees are walked. */
export const OUTSIDE_GIT = { GIT_CEILING_DIRECTORIES: CACHE };

/** Popular packages, exact versions (about 590 MB of files installed with their dependencies). */
export const CORPUS_PACKAGES = [
  'typescript@5.6.3',
  '@babel/core@7.26.0',
  'webpack@5.96.1',
  'eslint@9.15.0',
  'lodash@4.17.21',
  'react-dom@18.3.1',
  'aws-sdk@2.1692.0',
  '@angular/core@18.2.13',
  'rxjs@7.8.1',
  'moment@2.30.1',
  'three@0.170.0',
  'pdfjs-dist@4.8.69',
  'prettier@3.3.3',
  'core-js@3.39.0',
  '@mui/material@6.1.8',
  'googleapis@144.0.0',
  'monaco-editor@0.52.0',
  'firebase@11.0.2',
];

export const PEER_PACKAGES = [
  'secretlint@9.3.4',
  '@secretlint/secretlint-rule-preset-recommend@9.3.4',
  'eslint@9.15.0',
  'eslint-plugin-security@3.0.1',
  '@microsoft/eslint-plugin-sdl@1.1.0',
];

function installedVersion(prefix, name) {
  const manifest = join(prefix, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

const splitSpec = (spec) => {
  const at = spec.lastIndexOf('@');
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
};

/** Install the pinned specs into prefix unless they are all there already. Returns { ok, installed, message }. */
export function ensureInstalled(prefix, specs, log) {
  const missing = specs.filter((spec) => {
    const { name, version } = splitSpec(spec);
    return installedVersion(prefix, name) !== version;
  });
  if (missing.length === 0) return { ok: true, installed: false };
  log(`installing ${missing.length} pinned package(s) into ${prefix} with npm (once; cached afterwards)...`);
  mkdirSync(prefix, { recursive: true });
  const result = spawnSync(
    'npm',
    ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefix', prefix, ...specs],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (result.status !== 0) return { ok: false, installed: true, message: result.stderr.trim().split('\n').pop() };
  return { ok: true, installed: true };
}

/** Path inside a sample folder: node_modules/ segments dropped (peers and the sast scanner skip node_modules/). */
const samplePath = (rel) => rel.replace(/(^|\/)node_modules\//g, '$1');

/**
 * Copy the first `limitBytes` of the corpus (files in sorted walk order) to a folder without node_modules/
 * segments, so that every tool sees the same files. Cached by a marker holding the limit.
 */
export function byteSubset(limitBytes) {
  const target = join(CACHE, `subset-${Math.round(limitBytes / 1e6)}mb`);
  const marker = join(target, '.bench-subset.json');
  if (existsSync(marker)) return { dir: target, ...JSON.parse(readFileSync(marker, 'utf8')) };
  rmSync(target, { recursive: true, force: true });
  let bytes = 0;
  let files = 0;
  for (const rel of listFiles(join(CORPUS, 'node_modules'))) {
    const source = join(CORPUS, 'node_modules', rel);
    const size = statSync(source).size;
    if (bytes + size > limitBytes) break;
    const dest = join(target, samplePath(rel));
    if (existsSync(dest)) continue;
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(source, dest);
    bytes += size;
    files++;
  }
  writeFileSync(marker, JSON.stringify({ bytes, files }));
  return { dir: target, bytes, files };
}

/** Copy `count` ordinary .js files (no .min.js, 1 KB..200 KB) from the corpus, spread over every package. */
export function jsSample(count) {
  const target = join(CACHE, `js-sample-${count}`);
  const marker = join(target, '.bench-sample.json');
  if (existsSync(marker)) return { dir: target, ...JSON.parse(readFileSync(marker, 'utf8')) };
  rmSync(target, { recursive: true, force: true });
  const candidates = listFiles(join(CORPUS, 'node_modules')).filter((rel) => {
    if (!/\.(js|cjs|mjs)$/.test(rel) || /\.min\.js$|\.bundle\.js$/.test(rel)) return false;
    const size = statSync(join(CORPUS, 'node_modules', rel)).size;
    return size >= 1000 && size <= 200_000;
  });
  const step = Math.max(1, candidates.length / count);
  let bytes = 0;
  let files = 0;
  for (let i = 0; i < candidates.length && files < count; i += step) {
    const rel = candidates[Math.floor(i)];
    const dest = join(target, samplePath(rel));
    if (existsSync(dest)) continue;
    mkdirSync(dirname(dest), { recursive: true });
    copyFileSync(join(CORPUS, 'node_modules', rel), dest);
    bytes += statSync(dest).size;
    files++;
  }
  writeFileSync(marker, JSON.stringify({ bytes, files }));
  return { dir: target, bytes, files };
}
