import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { BulwarkError, configError } from '../core/errors.js';

/** One reversible replacement: `token` stands for `value`; `quoted` when the token was emitted inside added quotes. */
export interface VaultEntry {
  token: string;
  kind: string;
  value: string;
  quoted: boolean;
}

/** The in-memory token vault: same (kind, value, quoting) -> same token, numbered per kind. */
export interface TokenVault {
  entries: VaultEntry[];
}

const AAD = Buffer.from('bulwark-vault-v1');
const TOKEN = /("?)(\[\[BLWK:[A-Za-z0-9:_-]+:\d{4,}\]\])("?)/g;

const fileSchema = z.object({
  format: z.literal('bulwark-vault'),
  version: z.literal(1),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string(),
  tag: z.string(),
  data: z.string(),
});

const entriesSchema = z.object({
  entries: z.array(z.object({ token: z.string(), kind: z.string(), value: z.string(), quoted: z.boolean() })),
});

export function createVault(): TokenVault {
  return { entries: [] };
}

function lookupKey(kind: string, value: string, quoted: boolean): string {
  return `${quoted ? 'q' : 'p'}\u0000${kind}\u0000${value}`;
}

/** A function that returns the token for a value, adding an entry to the vault when the value is new. */
export function tokenizer(vault: TokenVault): (kind: string, value: string, quoted: boolean) => string {
  const known = new Map(vault.entries.map((entry) => [lookupKey(entry.kind, entry.value, entry.quoted), entry.token]));
  const counters = new Map<string, number>();
  for (const entry of vault.entries) counters.set(entry.kind, (counters.get(entry.kind) ?? 0) + 1);
  return (kind, value, quoted) => {
    const key = lookupKey(kind, value, quoted);
    const existing = known.get(key);
    if (existing) return existing;
    const next = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, next);
    const token = `[[BLWK:${kind}:${String(next).padStart(4, '0')}]]`;
    vault.entries.push({ token, kind, value, quoted });
    known.set(key, token);
    return token;
  };
}

export interface RestoreResult {
  text: string;
  restored: number;
  /** Tokens found in the text that this vault does not know (left as they are). */
  unknown: string[];
}

/** Map every token back to its original value: sanitize(tokenize) then restore gives the exact original bytes. */
export function restore(text: string, options: { vault: TokenVault }): RestoreResult {
  const byToken = new Map(options.vault.entries.map((entry) => [entry.token, entry]));
  const unknown = new Set<string>();
  let restored = 0;
  const output = text.replace(TOKEN, (whole, open: string, token: string, close: string) => {
    const entry = byToken.get(token);
    if (!entry) {
      unknown.add(token);
      return whole;
    }
    restored++;
    if (entry.quoted && open === '"' && close === '"') return entry.value;
    return `${open}${entry.value}${close}`;
  });
  return { text: output, restored, unknown: [...unknown] };
}

/** Read and decrypt a vault file; a missing file is an empty vault. */
export async function loadVault(path: string, key: Buffer): Promise<TokenVault> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return createVault();
    throw new BulwarkError('io', `cannot read vault ${path}: ${(error as Error).message}`);
  }
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(raw));
  } catch {
    throw configError(`${path} is not a Bulwark vault file`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(parsed.iv, 'base64'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(Buffer.from(parsed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(parsed.data, 'base64')), decipher.final()]);
    return entriesSchema.parse(JSON.parse(plain.toString('utf8')));
  } catch {
    throw configError(
      `vault ${path} cannot be decrypted with this key`,
      'use the same BULWARK_VAULT_KEY or ~/.config/bulwark/vault.key that sanitised the text',
    );
  }
}

/** Encrypt (AES-256-GCM, fresh IV) and write the vault atomically with mode 0600. */
export async function saveVault(path: string, vault: TokenVault, key: Buffer): Promise<void> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(JSON.stringify({ entries: vault.entries }), 'utf8'), cipher.final()]);
  const file = {
    format: 'bulwark-vault',
    version: 1,
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}
