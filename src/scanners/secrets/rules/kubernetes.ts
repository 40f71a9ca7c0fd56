import { decodeBase64 } from '../checksums.js';
import { secretRule } from '../define.js';
import type { RawMatch, RuleInput, SecretRule, SourceText } from '../rule-types.js';
import { isPlaceholder, isTemplated, shannonEntropy } from '../values.js';

const SECRET_KIND = /^kind:\s*["']?Secret["']?\s*(?:#.*)?$/m;
const SECTION = /^(data|stringData):\s*$/gm;
const ENTRY = /^([ \t]+)([\w.-]+):[ \t]*(["']?)([^\s"'#]+)\3[ \t]*$/;
const NOT_SECRET_KEYS =
  /^(?:user(?:name)?|login|host(?:name)?|port|database|db|db_?name|namespace|name|email|region|url|uri|endpoint|ca\.crt|tls\.crt|cert|certificate|ca|kind|type|mode)$/i;
const SECRET_KEYS = /pass|secret|token|key|cred|auth|pwd|dockerconfig/i;

const MAX_DOCUMENT = 256 * 1024;

/** The YAML document around the hit, at most MAX_DOCUMENT characters each way. */
function documentAround(text: SourceText, hit: number): { start: number; end: number } {
  const from = Math.max(0, hit - MAX_DOCUMENT);
  const before = text.slice(from, hit).lastIndexOf('\n---');
  const after = text.slice(hit, hit + MAX_DOCUMENT).indexOf('\n---');
  return {
    start: before === -1 ? from : from + before + 1,
    end: after === -1 ? Math.min(text.length, hit + MAX_DOCUMENT) : hit + after,
  };
}

/** A value worth reporting by itself: high entropy, or a non-placeholder under a secret-looking key. */
function isSecretValue(key: string, value: string): boolean {
  if (NOT_SECRET_KEYS.test(key) || isTemplated(value) || isPlaceholder(value) || value.length < 6) return false;
  const entropy = shannonEntropy(value);
  return (entropy >= 3.5 && value.length >= 12) || (SECRET_KEYS.test(key) && entropy >= 2.5);
}

/** `data:` values are base64: decode and scan them; `stringData:` values are plain. */
function secretManifestValues({ text, hit, rescan }: RuleInput): RawMatch[] {
  const doc = documentAround(text, hit);
  const body = text.slice(doc.start, doc.end);
  if (!SECRET_KIND.test(body)) return [];
  const found: RawMatch[] = [];
  SECTION.lastIndex = 0;
  for (let section = SECTION.exec(body); section !== null; section = SECTION.exec(body)) {
    const encoded = section[1] === 'data';
    let at = section.index + section[0].length + 1;
    while (at < body.length) {
      let lineEnd = body.indexOf('\n', at);
      if (lineEnd === -1) lineEnd = body.length;
      const line = body.slice(at, lineEnd).replace(/\r$/, '');
      if (line.trim() !== '' && !/^[ \t]/.test(line)) break;
      const entry = ENTRY.exec(line);
      const key = entry?.[2];
      const value = entry?.[4];
      if (key !== undefined && value !== undefined) {
        const start = doc.start + at + line.indexOf(value, (entry?.[1]?.length ?? 0) + key.length + 1);
        const match = judgeEntry(key, value, encoded, rescan);
        if (match) found.push({ ...match, start, end: start + value.length, value });
      }
      at = lineEnd + 1;
    }
  }
  return found;
}

function judgeEntry(
  key: string,
  value: string,
  encoded: boolean,
  rescan: RuleInput['rescan'],
): Pick<RawMatch, 'ruleId' | 'kind' | 'confidence' | 'validated'> | undefined {
  if (!encoded) {
    // Plain values with a known format are reported by their own rule on the normal pass.
    if (rescan(value).length > 0 || !isSecretValue(key, value)) return undefined;
    return { confidence: 'medium' };
  }
  const decoded = decodeBase64(value)?.toString('utf8');
  if (decoded === undefined || !/^[\x20-\x7e\s]*$/.test(decoded)) {
    return value.length >= 24 ? { confidence: 'medium', kind: 'Kubernetes Secret value (binary)' } : undefined;
  }
  const inner = rescan(decoded)[0];
  if (inner) {
    return {
      ruleId: inner.ruleId,
      kind: `${inner.kind} (base64 in a Kubernetes Secret)`,
      confidence: inner.confidence,
      validated: inner.validated,
    };
  }
  return isSecretValue(key, decoded.trim()) ? { confidence: 'medium' } : undefined;
}

/** Kubernetes Secret manifests. */
export const kubernetesRules: SecretRule[] = [
  secretRule({
    id: 'kubernetes-secret-value',
    title: 'Credential in a Kubernetes Secret manifest',
    kind: 'Kubernetes Secret value',
    service: 'the workload that mounts the Secret',
    description:
      'A Kubernetes Secret manifest in the repository holds a real value. Base64 in `data:` is an encoding, not encryption: anyone with the repository can read it.',
    revoke:
      'rotate the credential, then keep the manifest out of git: Sealed Secrets, SOPS, External Secrets Operator or the CSI secrets driver',
    keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'"],
    extract: secretManifestValues,
    precision: 'contextual',
    priority: 26,
  }),
];
