import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { BulwarkError, configError, errorMessage } from '../../core/errors.js';
import { sha256Hex } from './entry.js';

/** Public keys of reviewers, committed with the repository. */
export const KEYS_DIR = '.bulwark/keys';

export function keyFingerprint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return `sha256:${sha256Hex(publicKey.export({ type: 'spki', format: 'der' }))}`;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A reviewer name usable as a file name. */
export function keyName(reviewer: string): string {
  const name = reviewer
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!name) throw configError(`cannot make a key file name from reviewer ${JSON.stringify(reviewer)}`);
  return name;
}

export interface GeneratedKeys {
  privateKeyPath: string;
  publicKeyPath: string;
  fingerprint: string;
}

/**
 * A new Ed25519 key pair: the private key (PEM, mode 0600) at `out`, which must be outside the repository, and the
 * public key at .bulwark/keys/<reviewer>.pub inside it. Refuses to overwrite either.
 */
export async function generateLedgerKeys(root: string, out: string, reviewer: string): Promise<GeneratedKeys> {
  if (isInside(root, out)) {
    throw configError(`the private key must be kept outside the repository (${out} is inside ${root})`);
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyPath = join(root, KEYS_DIR, `${keyName(reviewer)}.pub`);
  await mkdir(dirname(resolve(out)), { recursive: true });
  await mkdir(dirname(publicKeyPath), { recursive: true });
  try {
    await writeFile(out, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    await writeFile(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }), { flag: 'wx' });
  } catch (error) {
    throw new BulwarkError('io', `cannot write key: ${errorMessage(error)}`, {
      hint: 'existing keys are never overwritten',
    });
  }
  return { privateKeyPath: resolve(out), publicKeyPath, fingerprint: keyFingerprint(publicKey) };
}

export async function loadPrivateKey(root: string, path: string): Promise<KeyObject> {
  if (isInside(root, path)) {
    throw configError(`refusing to sign with a private key inside the repository (${path}); keep it outside`);
  }
  try {
    const key = createPrivateKey(await readFile(path, 'utf8'));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an ${key.asymmetricKeyType ?? 'unknown'} key`);
    return key;
  } catch (error) {
    throw configError(
      `cannot use signing key ${path}: ${errorMessage(error)}`,
      'create one with `bulwark ledger keygen`',
    );
  }
}

export interface PublicKeyEntry {
  name: string;
  key: KeyObject;
}

/** Every *.pub key of a folder, by fingerprint. Unreadable files are skipped. */
export async function loadPublicKeys(dir: string): Promise<Map<string, PublicKeyEntry>> {
  const keys = new Map<string, PublicKeyEntry>();
  const files = await readdir(dir).catch(() => [] as string[]);
  for (const file of files.filter((name) => name.endsWith('.pub')).sort()) {
    try {
      const key = createPublicKey(await readFile(join(dir, file), 'utf8'));
      keys.set(keyFingerprint(key), { name: basename(file, '.pub'), key });
    } catch {
      // not a public key: ignored, verify reports unknown signers
    }
  }
  return keys;
}

export function signHash(hash: string, key: KeyObject): string {
  return sign(null, Buffer.from(hash, 'utf8'), key).toString('base64');
}

export function verifyHashSignature(hash: string, signature: string, key: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(hash, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
