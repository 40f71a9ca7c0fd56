import type { AiContextPolicy } from '../../policy/sections/ai-context.js';
import type { Detection } from '../types.js';
import { scanRegex } from './scan.js';

/** The organisation's own patterns from policy `ai_context.extra_patterns`, reported as `custom:<name>`. */
export function detectCustomPatterns(text: string, patterns: AiContextPolicy['extra_patterns']): Detection[] {
  return patterns.flatMap(({ name, pattern, level }) =>
    scanRegex(text, new RegExp(pattern, 'g'), (match) =>
      match[0].length === 0 ? undefined : { kind: `custom:${name}`, level, detail: `matches extra pattern ${name}` },
    ),
  );
}
