import type { FileTrait } from '../../core/scanner.js';
import { detectWith, type EngineMatch } from './engine.js';
import { buildPrefilter } from './prefilter.js';
import { secretRules } from './rules/index.js';

/** A secret in a text: offsets cover exactly the sensitive value (the password of a URI, a whole PEM block). */
export interface SecretMatch {
  ruleId: string;
  kind: string;
  start: number;
  end: number;
  value: string;
  confidence: 'high' | 'medium' | 'low';
  validated: boolean;
}

const prefilter = buildPrefilter(secretRules);

/**
 * Every rule match with its rule, for the scanner (which needs the metadata). Bytes are read as Latin-1: offsets
 * and values are those of the bytes.
 */
export function detectSecrets(
  text: string | Buffer,
  path?: string,
  traits?: readonly FileTrait[],
  utf8 = false,
): EngineMatch[] {
  return detectWith(prefilter, text, { path: path ?? '', utf8, ...(traits ? { traits } : {}) });
}

/** Find the secrets in `text`; `path` (optional) lets lockfiles and minified files get the right rules. */
export function findSecrets(text: string, path?: string): SecretMatch[] {
  return detectSecrets(text, path).map((match) => ({
    ruleId: match.ruleId,
    kind: match.kind,
    start: match.start,
    end: match.end,
    value: match.value,
    confidence: match.confidence,
    validated: match.validated,
  }));
}
