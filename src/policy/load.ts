import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { configError } from '../core/errors.js';
import { defaultPolicy, POLICY_FILE } from './defaults.js';
import type { Policy } from './types.js';

export { defaultPolicy, POLICY_FILE };

export interface LoadedPolicy {
  policy: Policy;
  /** Absolute path of the file read; undefined when the defaults were used. */
  path?: string;
}

/**
 * Load `explicitPath`, or security-policy.yaml at `root`, or the defaults when neither exists. The YAML parser and
 * the schema are loaded only when there is a file to read, which keeps the start of a scan short.
 */
export async function loadPolicy(root: string, explicitPath?: string): Promise<LoadedPolicy> {
  const path = explicitPath ? resolve(explicitPath) : join(root, POLICY_FILE);
  if (!existsSync(path)) {
    if (explicitPath) throw configError(`policy file not found: ${explicitPath}`);
    return { policy: defaultPolicy() };
  }
  const text = await readFile(path, 'utf8');
  const { parsePolicy } = await import('./parse.js');
  return { policy: parsePolicy(text, explicitPath ?? POLICY_FILE), path };
}
