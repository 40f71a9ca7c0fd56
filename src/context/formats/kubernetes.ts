import { isMap, isScalar, parseAllDocuments } from 'yaml';
import { detectSecretValues } from '../detectors/secrets.js';
import type { Detection } from '../types.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodedKind(encoded: string, isBase64: boolean): { kind: string; detail: string } {
  const decoded = isBase64 && BASE64.test(encoded) ? Buffer.from(encoded, 'base64').toString('utf8') : encoded;
  const inner = detectSecretValues(decoded)[0];
  if (inner) return { kind: inner.kind, detail: `Kubernetes Secret value (decodes to ${inner.detail ?? inner.kind})` };
  return { kind: 'k8s-secret-data', detail: 'Kubernetes Secret value' };
}

/**
 * Every value under `data:` (base64, decoded to name what it holds) and `stringData:` of a Kubernetes Secret
 * manifest: each is replaced whole, whatever it decodes to, because a Secret holds credentials by definition.
 */
export function detectKubernetesSecretData(text: string, path?: string): Detection[] {
  if (!/^kind:\s*["']?Secret["']?\s*$/m.test(text)) return [];
  if (path !== undefined && path !== '-' && !/\.ya?ml$/i.test(path) && !/^apiVersion:/m.test(text)) return [];
  const found: Detection[] = [];
  let documents: ReturnType<typeof parseAllDocuments>;
  try {
    documents = parseAllDocuments(text);
  } catch {
    return [];
  }
  if (!Array.isArray(documents)) return [];
  for (const document of documents) {
    if (document.errors.length > 0 || !isMap(document.contents)) continue;
    if (document.contents.get('kind') !== 'Secret') continue;
    for (const section of ['data', 'stringData'] as const) {
      const map = document.contents.get(section, true);
      if (!isMap(map)) continue;
      for (const item of map.items) {
        if (!isScalar(item.value) || !item.value.range) continue;
        const raw = String(item.value.source ?? item.value.value ?? '');
        if (raw.length === 0) continue;
        const [start, valueEnd] = item.value.range;
        const slice = text.slice(start, valueEnd);
        // Only the content, without quotes, so the replacement keeps the scalar's quoting.
        const quoted = slice.startsWith('"') || slice.startsWith("'");
        const contentStart = quoted ? start + 1 : start;
        const contentEnd = quoted ? valueEnd - 1 : valueEnd;
        if (contentEnd <= contentStart || text.slice(contentStart, contentEnd).includes('\n')) continue;
        const value = text.slice(contentStart, contentEnd);
        found.push({
          start: contentStart,
          end: contentEnd,
          value,
          level: 'never-include',
          ...decodedKind(raw, section === 'data'),
        });
      }
    }
  }
  return found;
}
