import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { configError } from '../core/errors.js';
import { loadPolicy, POLICY_FILE } from '../policy/load.js';
import { policySchema } from '../policy/schema.js';
import { aiContextSection } from '../policy/sections/ai-context.js';
import type { HasAiContext } from './policy.js';

/**
 * The policy for classify/sanitize: the full loadPolicy once the schema has an `ai_context` section; until the
 * lead wires it in, only that section is read from the file and validated with its own schema.
 */
export async function loadContextPolicy(root: string, explicitPath?: string): Promise<HasAiContext> {
  if ('ai_context' in policySchema.shape) return (await loadPolicy(root, explicitPath)).policy as HasAiContext;
  const path = explicitPath ? resolve(root, explicitPath) : join(root, POLICY_FILE);
  if (!existsSync(path)) {
    if (explicitPath) throw configError(`policy file not found: ${explicitPath}`);
    return {};
  }
  let raw: unknown;
  try {
    raw = parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw configError(`${path}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const section = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).ai_context : undefined;
  const result = aiContextSection.safeParse(section ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.message} (at ai_context.${issue.path.join('.')})`);
    throw configError(`invalid policy ${path}:\n  ${issues.join('\n  ')}`);
  }
  return { ai_context: result.data };
}
