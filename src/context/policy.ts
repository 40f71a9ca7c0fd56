import { type AiContextPolicy, aiContextSection } from '../policy/sections/ai-context.js';

/** Anything that carries an `ai_context` section (the whole Policy, or a bare object in tests and the CLI). */
export interface HasAiContext {
  ai_context?: Partial<AiContextPolicy> | AiContextPolicy;
}

/** The ai_context section with every default filled in (validated: a bad pattern is a config error upstream). */
export function aiContextOf(policy: HasAiContext | undefined): AiContextPolicy {
  return aiContextSection.parse(policy?.ai_context ?? {});
}

/** Allow-list entries: exact values, or `/pattern/flags` regular expressions. */
export function allowMatcher(allow: readonly string[]): (value: string) => boolean {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  for (const entry of allow) {
    const regex = /^\/(.+)\/([a-z]*)$/s.exec(entry);
    if (regex) patterns.push(new RegExp(regex[1] ?? '', (regex[2] ?? '').replace(/[gy]/g, '')));
    else exact.add(entry);
  }
  return (value) => exact.has(value) || patterns.some((pattern) => pattern.test(value));
}
