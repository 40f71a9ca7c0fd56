import { findSecrets } from '../../scanners/secrets/detect.js';
import type { Detection } from '../types.js';

/** Credentials from the secrets engine: `private-key` for key blocks, `secret:<rule id>` for everything else. */
export function detectSecretValues(text: string, path?: string): Detection[] {
  return findSecrets(text, path).map((match) => ({
    kind: /private-key|putty|ssh2|age-secret/.test(match.ruleId) ? 'private-key' : `secret:${match.ruleId}`,
    start: match.start,
    end: match.end,
    value: match.value,
    detail: match.kind,
  }));
}
