import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BulwarkError, errorMessage, usageError } from '../../core/errors.js';
import { tryGit } from '../../core/git.js';
import {
  DATA_CLASSIFICATIONS,
  entryHash,
  GENESIS_HASH,
  type LedgerEntry,
  ledgerEntrySchema,
  sha256Hex,
} from './entry.js';
import { keyFingerprint, loadPrivateKey, signHash } from './keys.js';

/** Append-only, one JSON entry per line. */
export const LEDGER_FILE = '.bulwark/ledger/ledger.jsonl';

export interface LedgerLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** The parsed JSON object, when the line is JSON. */
  raw?: Record<string, unknown>;
  /** The typed entry, when the object has every field. */
  entry?: LedgerEntry;
}

/** Every non-empty line of the ledger, parsed as far as possible (verify needs the raw objects). */
export async function readLedgerLines(root: string): Promise<LedgerLine[]> {
  let text: string;
  try {
    text = await readFile(join(root, LEDGER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new BulwarkError('io', `cannot read ${LEDGER_FILE}: ${errorMessage(error)}`);
  }
  const lines: LedgerLine[] = [];
  text.split('\n').forEach((content, i) => {
    if (!content.trim()) return;
    const item: LedgerLine = { line: i + 1, text: content };
    try {
      const raw: unknown = JSON.parse(content);
      if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
        item.raw = raw as Record<string, unknown>;
        const parsed = ledgerEntrySchema.safeParse(raw);
        if (parsed.success) item.entry = parsed.data;
      }
    } catch {
      // left without raw: verify reports it
    }
    lines.push(item);
  });
  return lines;
}

/** The ledger's entries in file order (lines that are not valid entries are left out; `ledger verify` names them). */
export async function readLedger(root: string): Promise<LedgerEntry[]> {
  return (await readLedgerLines(root)).flatMap((line) => (line.entry ? [line.entry] : []));
}

/** Entries by the commit they describe (full sha when it resolved at `ledger add` time). */
export async function ledgerEntriesByCommit(root: string): Promise<Map<string, LedgerEntry[]>> {
  const byCommit = new Map<string, LedgerEntry[]>();
  for (const entry of await readLedger(root)) {
    byCommit.set(entry.commit, [...(byCommit.get(entry.commit) ?? []), entry]);
  }
  return byCommit;
}

/** Entries for a commit, also matching entries recorded with an abbreviated sha (7+ characters). */
export function findLedgerEntries(byCommit: Map<string, LedgerEntry[]>, sha: string): LedgerEntry[] {
  const exact = byCommit.get(sha);
  if (exact) return exact;
  for (const [commit, entries] of byCommit) if (commit.length >= 7 && sha.startsWith(commit)) return entries;
  return [];
}

export interface NewLedgerEntry {
  commit: string;
  aiModel: string;
  taskSummary: string;
  humanReviewer: string;
  securityReview?: boolean;
  modifications?: string[];
  dataClassification?: string;
  contextSanitised?: boolean;
  /** The prompt's text; only its sha256 is stored. */
  prompt?: string;
  /** Path of an Ed25519 private key (PEM) outside the repository. */
  signKeyPath?: string;
  /** Defaults to now. */
  date?: Date;
}

async function resolveCommit(root: string, commit: string): Promise<{ sha: string; files: string[] }> {
  const sha = (await tryGit(['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], root))?.trim();
  if (!sha) return { sha: commit, files: [] };
  const names = await tryGit(
    ['-c', 'core.quotePath=false', 'show', '--name-only', '--format=', '--no-renames', sha],
    root,
  );
  return { sha, files: (names ?? '').split('\n').filter((name) => name.length > 0) };
}

/**
 * Append one entry: seq and prev_hash continue the chain, hash covers every other field, and with a signing key
 * the hash is signed (Ed25519) and the key's fingerprint recorded as `signer`.
 */
export async function appendLedgerEntry(root: string, input: NewLedgerEntry): Promise<LedgerEntry> {
  const classification = input.dataClassification ?? 'internal';
  if (!(DATA_CLASSIFICATIONS as readonly string[]).includes(classification)) {
    throw usageError(
      `unknown data classification '${classification}'`,
      `use one of ${DATA_CLASSIFICATIONS.join(', ')}`,
    );
  }
  for (const [name, value] of [
    ['commit', input.commit],
    ['model', input.aiModel],
    ['task', input.taskSummary],
    ['reviewer', input.humanReviewer],
  ]) {
    if (!value?.trim()) throw usageError(`ledger add: --${name} must not be empty`);
  }
  const key = input.signKeyPath ? await loadPrivateKey(root, input.signKeyPath) : undefined;
  const lines = await readLedgerLines(root);
  const last = lines.at(-1);
  if (last && !last.entry) {
    throw new BulwarkError(
      'data',
      `${LEDGER_FILE} line ${last.line} is not a valid entry; run \`bulwark ledger verify\``,
    );
  }
  const { sha, files } = await resolveCommit(root, input.commit.trim());
  const content = {
    seq: (last?.entry?.seq ?? 0) + 1,
    date: (input.date ?? new Date()).toISOString(),
    commit: sha,
    ai_model: input.aiModel.trim(),
    task_summary: input.taskSummary.trim(),
    human_reviewer: input.humanReviewer.trim(),
    security_review: input.securityReview ?? false,
    modifications_made: input.modifications ?? [],
    data_classification: classification,
    context_sanitised: input.contextSanitised ?? false,
    prompt_hash: input.prompt === undefined ? null : `sha256:${sha256Hex(input.prompt)}`,
    files,
    signer: key ? keyFingerprint(key) : null,
    prev_hash: last?.raw ? entryHash(last.raw) : GENESIS_HASH,
  };
  const hash = entryHash(content);
  const entry: LedgerEntry = { ...content, hash, ...(key ? { signature: signHash(hash, key) } : {}) };
  const path = join(root, LEDGER_FILE);
  await mkdir(dirname(path), { recursive: true });
  await appendFile(path, `${JSON.stringify(entry)}\n`, 'utf8');
  return entry;
}
