import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { configError } from '../core/errors.js';

/**
 * Where keys come from. The vault key never lives in the repository:
 *  1. env BULWARK_VAULT_KEY: base64 of 32 random bytes (CI secret stores, password managers);
 *  2. else the key file BULWARK_VAULT_KEY_FILE, default ~/.config/bulwark/vault.key, created on first use with
 *     mode 0600 (folder 0700) and 32 random bytes in base64.
 * The hash key (keyed HMAC for `--mode hash`) is env BULWARK_CONTEXT_KEY, else derived from the vault key.
 */
export interface KeySources {
  env: NodeJS.ProcessEnv;
  home?: string;
}

export function vaultKeyFile({ env, home }: KeySources): string {
  return env.BULWARK_VAULT_KEY_FILE ?? join(home ?? env.HOME ?? homedir(), '.config', 'bulwark', 'vault.key');
}

function decodeKey(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) throw configError(`${origin} must be base64 of exactly 32 bytes (got ${key.length})`);
  return key;
}

/** The AES-256 vault key: from the environment, or the local key file (created 0600 on first use). */
export async function loadVaultKey(sources: KeySources): Promise<Buffer> {
  const fromEnv = sources.env.BULWARK_VAULT_KEY;
  if (fromEnv) return decodeKey(fromEnv, 'BULWARK_VAULT_KEY');
  const file = vaultKeyFile(sources);
  try {
    return decodeKey(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  try {
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(file, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return decodeKey(await readFile(file, 'utf8'), file);
    throw error;
  }
}

/** The HMAC key for hash mode: explicit key, env BULWARK_CONTEXT_KEY, else derived from the vault key. */
export async function loadHashKey(sources: KeySources, explicit?: string | Buffer): Promise<Buffer> {
  if (explicit !== undefined) return Buffer.isBuffer(explicit) ? explicit : Buffer.from(explicit, 'utf8');
  const fromEnv = sources.env.BULWARK_CONTEXT_KEY;
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  return createHmac('sha256', await loadVaultKey(sources))
    .update('bulwark-context-hash-key-v1')
    .digest();
}
