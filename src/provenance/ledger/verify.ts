import { join } from 'node:path';
import { entryHash, GENESIS_HASH } from './entry.js';
import { KEYS_DIR, loadPublicKeys, verifyHashSignature } from './keys.js';
import { LEDGER_FILE, readLedgerLines } from './store.js';

export interface LedgerProblem {
  /** 1-based line of the ledger file. */
  line: number;
  seq?: number;
  commit?: string;
  message: string;
}

export interface LedgerVerification {
  ok: boolean;
  /** Entries read. */
  count: number;
  signed: number;
  problems: LedgerProblem[];
}

export interface VerifyOptions {
  /** Folder of *.pub keys; defaults to .bulwark/keys in the repository. */
  keysDir?: string;
  /** Every entry must carry a valid signature. */
  requireSignatures?: boolean;
}

function field(raw: Record<string, unknown> | undefined, name: string): unknown {
  return raw?.[name];
}

/**
 * Check the whole chain: every line is a complete entry, seq runs 1, 2, 3..., each prev_hash is the hash of the
 * entry before it (first: 64 zeros), each hash matches the entry's content, and each signature verifies with the
 * public key named by its signer fingerprint. Edits, deletions, insertions and reorderings all break one of these.
 */
export async function verifyLedger(root: string, options: VerifyOptions = {}): Promise<LedgerVerification> {
  const lines = await readLedgerLines(root);
  const keys = await loadPublicKeys(options.keysDir ?? join(root, KEYS_DIR));
  const problems: LedgerProblem[] = [];
  let previousHash = GENESIS_HASH;
  let signed = 0;
  lines.forEach((item, index) => {
    const seq = field(item.raw, 'seq');
    const commit = field(item.raw, 'commit');
    const where = {
      line: item.line,
      ...(typeof seq === 'number' ? { seq } : {}),
      ...(typeof commit === 'string' ? { commit } : {}),
    };
    const report = (message: string) => problems.push({ ...where, message });
    const expectedSeq = index + 1;
    if (!item.raw) report(`${LEDGER_FILE} line ${item.line} is not JSON`);
    else if (!item.entry) report('is missing required fields or has fields of the wrong type');
    if (typeof seq === 'number' && seq !== expectedSeq) {
      report(
        `is out of sequence: expected seq ${expectedSeq}, found ${seq} (an entry was deleted, inserted or reordered)`,
      );
    }
    if (item.raw && field(item.raw, 'prev_hash') !== previousHash) {
      report(
        'does not chain to the entry before it (prev_hash differs): an entry before it was edited, deleted or reordered',
      );
    }
    const actualHash = item.raw ? entryHash(item.raw) : undefined;
    if (item.raw && field(item.raw, 'hash') !== actualHash) report('was modified: its hash does not match its content');
    const signer = field(item.raw, 'signer');
    const signature = field(item.raw, 'signature');
    if (typeof signer === 'string') {
      const key = keys.get(signer);
      if (typeof signature !== 'string') report(`declares signer ${signer} but carries no signature`);
      else if (!key) report(`is signed by an unknown key ${signer} (not in the keys folder)`);
      else if (!verifyHashSignature(String(field(item.raw, 'hash')), signature, key.key))
        report(`has a bad signature (key ${key.name})`);
      else signed++;
    } else if (typeof signature === 'string') {
      report('carries a signature but no signer');
    } else if (options.requireSignatures) {
      report('is not signed');
    }
    previousHash = actualHash ?? previousHash;
  });
  return { ok: problems.length === 0, count: lines.length, signed, problems };
}
