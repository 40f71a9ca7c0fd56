import { readFileSync } from 'node:fs';
import type { Policy } from './types.js';

export const POLICY_FILE = 'security-policy.yaml';

/** Written from the schema's defaults by `node scripts/gen-docs.mjs`; test/docs.test.ts checks it is current. */
const DEFAULT_POLICY_FILE = new URL('../../schema/default-policy.json', import.meta.url);
let defaults: Policy | undefined;

/** The default policy (the team's specification), used when no file exists: a fresh copy on every call. */
export function defaultPolicy(): Policy {
  defaults ??= JSON.parse(readFileSync(DEFAULT_POLICY_FILE, 'utf8')) as Policy;
  return structuredClone(defaults);
}
