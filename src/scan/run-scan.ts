import { join } from 'node:path';
import { usageError } from '../core/errors.js';
import { fileTraits } from '../core/file-traits.js';
import type { Finding } from '../core/finding.js';
import { PathQueue } from '../core/path-queue.js';
import { DEFAULT_MAX_FILE_BYTES } from '../core/read-text.js';
import type { ProjectTarget, ScanContext, Scanner, Skipped } from '../core/scanner.js';
import { scanChunkWith } from '../core/text-scan.js';
import { scanTextFiles, TextScanWorkers } from '../core/text-scan-pool.js';
import { listFiles } from '../core/walk.js';
import { loadPolicy } from '../policy/load.js';
import { findScanner, SCANNERS, type ScannerEntry } from '../scanners/registry.js';
import type { AddedLines } from '../targets/unified-diff.js';
import { dedupe, onChangedLines, sortFindings } from './finalise.js';
import type { ScanRequest, ScanResult } from './request.js';

function selectScanners(ids: string[] | undefined): ScannerEntry[] {
  if (!ids || ids.length === 0) return [...SCANNERS];
  return ids.map((id) => {
    const entry = findScanner(id);
    if (!entry) {
      throw usageError(`unknown scanner '${id}'`, `available: ${SCANNERS.map((s) => s.id).join(', ')}`);
    }
    return entry;
  });
}

async function loadRelevant(
  entries: ScannerEntry[],
  paths: readonly string[],
  loaded: Map<string, Scanner>,
): Promise<Scanner[]> {
  const wanted = entries.filter((entry) => paths.some((path) => entry.relevant(path)));
  return loadAll(wanted, loaded);
}

async function loadAll(entries: ScannerEntry[], loaded: Map<string, Scanner>): Promise<Scanner[]> {
  const scanners = await Promise.all(entries.map((entry) => entry.load()));
  for (const scanner of scanners) loaded.set(scanner.id, scanner);
  return scanners;
}

/** Run the scanners over the target and apply baseline and policy. The library's main entry: returns data. */
export async function runScan(request: ScanRequest): Promise<ScanResult> {
  const started = performance.now();
  const entries = selectScanners(request.scanners);
  const textEntries = entries.filter((entry) => entry.kind === 'text');
  // A whole tree may be big: its workers start now and load their scanners while the policy is read.
  const workers =
    request.target.kind === 'tree' && !request.target.files && textEntries.length > 0
      ? TextScanWorkers.start(textEntries.map((entry) => entry.id))
      : undefined;
  try {
    return await scan(request, entries, started, workers);
  } finally {
    workers?.close();
  }
}

async function scan(
  request: ScanRequest,
  entries: ScannerEntry[],
  started: number,
  workers: TextScanWorkers | undefined,
): Promise<ScanResult> {
  const { root } = request;
  const { policy, path: policyPath } = await loadPolicy(root, request.policyPath);
  // The steps after scanning load while it runs (not at start-up, not after it): baseline, policy, provenance.
  const postScanSteps = Promise.all([
    import('../policy/baseline.js'),
    import('../policy/decide.js'),
    import('./annotate-provenance.js'),
    import('./enrich.js'),
  ]);
  postScanSteps.catch(() => undefined); // awaited below; this only marks a rejection as handled meanwhile
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  const context: ScanContext = {
    root,
    policy,
    options: request.options,
    skip: (item) => skipped.push(item),
    note: (note) => notes.push(note),
  };
  const maxBytes = request.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const textEntries = entries.filter((entry) => entry.kind === 'text');
  const projectEntries = entries.filter((entry) => entry.kind === 'project');
  let findings: Finding[] = [];
  let files = 0;
  let bytes = 0;
  const target = request.target;
  const loaded = new Map<string, Scanner>();

  const scanProject = async (paths: string[], changedLines?: Map<string, Set<number>>, baseRef?: string) => {
    const scanners = await loadRelevant(projectEntries, paths, loaded);
    const projectTarget: ProjectTarget = {
      root,
      files: paths.map((path) => ({ path, absolutePath: join(root, path), size: 0 })),
      changedLines,
      baseRef,
    };
    for (const scanner of scanners) {
      const found = (await scanner.scanProject?.(projectTarget, context)) ?? [];
      findings.push(...(changedLines ? onChangedLines(found, changedLines) : found));
    }
  };

  const scanAdded = async (added: AddedLines[], baseRef?: string) => {
    const textScanners = await loadRelevant(
      textEntries,
      added.map((file) => file.path),
      loaded,
    );
    const changed = new Map<string, Set<number>>();
    for (const file of added) {
      files++;
      if (file.binary) {
        skipped.push({ path: file.path, reason: 'binary', detail: 'binary change' });
        continue;
      }
      changed.set(file.path, new Set(file.lineNumbers));
      const text = file.lines.join('\n');
      bytes += text.length;
      findings.push(
        ...scanChunkWith(
          textScanners,
          { path: file.path, text, lineNumbers: file.lineNumbers, traits: fileTraits(file.path, text) },
          context,
        ),
      );
    }
    if (projectEntries.length > 0) await scanProject([...changed.keys()], changed, baseRef);
  };

  switch (target.kind) {
    case 'tree': {
      const queue = new PathQueue();
      const listingPromise = (
        target.files
          ? Promise.resolve({ paths: target.files, skipped: [], method: 'walk' as const, excluded: 0 }).then(
              (listing) => {
                queue.push(listing.paths);
                return listing;
              },
            )
          : listFiles(root, { exclude: request.exclude, onPaths: (paths) => queue.push(paths) })
      ).finally(() => queue.close());
      listingPromise.catch(() => undefined); // awaited below; this only marks the rejection as handled meanwhile
      const textScanners = await loadAll(textEntries, loaded);
      const output = await scanTextFiles({
        root,
        paths: queue,
        scanners: textScanners,
        policy,
        options: request.options,
        maxBytes,
        context,
        workers,
        onProgress: (done, doneBytes) =>
          request.onProgress?.({ files: done, totalFiles: queue.total, bytes: doneBytes }),
      });
      const listing = await listingPromise;
      skipped.push(...listing.skipped);
      if (listing.excluded > 0) notes.push(`${listing.excluded} files left out by .bulwarkignore or --exclude`);
      if (listing.method === 'git' && listing.paths.length === 0) {
        notes.push(
          'git lists no files here: the folder is empty or ignored by .gitignore (copy it outside the repository to scan it)',
        );
      }
      findings.push(...output.findings);
      files = listing.paths.length;
      bytes = output.bytes;
      if (projectEntries.length > 0) await scanProject(listing.paths);
      break;
    }
    case 'staged': {
      const { stagedAddedLines } = await import('../targets/git-diff.js');
      await scanAdded(await stagedAddedLines(root));
      if (projectEntries.length > 0)
        notes.push('staged scan: code and dependency scanners read the working-tree version of staged files');
      break;
    }
    case 'diff': {
      const { diffAddedLines } = await import('../targets/git-diff.js');
      const diff = await diffAddedLines(root, target.spec);
      await scanAdded(diff.files, diff.base);
      break;
    }
    case 'history': {
      const { historyAddedLines } = await import('../targets/history.js');
      const textScanners = await loadAll(textEntries, loaded);
      const commits = new Set<string>();
      for await (const { commit, file } of historyAddedLines(root, target)) {
        commits.add(commit.sha);
        if (file.binary) continue;
        const text = file.lines.join('\n');
        bytes += text.length;
        files++;
        findings.push(
          ...scanChunkWith(
            textScanners,
            { path: file.path, text, lineNumbers: file.lineNumbers, commit, traits: fileTraits(file.path, text) },
            context,
          ),
        );
      }
      notes.push(`history: ${commits.size} commits, ${files} file changes scanned`);
      if (projectEntries.length > 0)
        notes.push(
          `history: ${projectEntries.map((e) => e.id).join(', ')} not run (they read whole projects, not history)`,
        );
      break;
    }
    case 'stdin': {
      const textScanners = await loadAll(textEntries, loaded);
      files = 1;
      bytes = target.text.length;
      findings.push(
        ...scanChunkWith(
          textScanners,
          { path: target.path, text: target.text, traits: fileTraits(target.path, target.text) },
          context,
        ),
      );
      if (projectEntries.length > 0)
        notes.push(`stdin: ${projectEntries.map((e) => e.id).join(', ')} not run on standard input`);
      break;
    }
  }

  const [
    { applyBaseline, BASELINE_FILE, readBaseline },
    { applyPolicy, blocking },
    { annotateProvenance },
    { enrichFindings },
  ] = await postScanSteps;
  findings = sortFindings(dedupe(findings));
  if (request.provenance !== false) notes.push(...(await annotateProvenance(root, findings)));
  if (request.baselinePath !== false) {
    const baselineFile = request.baselinePath ?? join(root, BASELINE_FILE);
    applyBaseline(findings, await readBaseline(baselineFile), request.baselinePath ?? BASELINE_FILE);
  }
  applyPolicy(findings, policy);
  notes.push(...(await enrichFindings(root, findings, policy, request.now ?? new Date())));
  return {
    root,
    target: target.kind,
    scanners: entries.map((entry) => entry.id),
    findings,
    skipped,
    notes,
    stats: { files, bytes, durationMs: Math.round(performance.now() - started) },
    policy,
    policyPath,
    blocked: blocking(findings),
    rules: [...loaded.values()].flatMap((scanner) => scanner.rules.map((rule) => ({ ...rule, scanner: scanner.id }))),
  };
}
