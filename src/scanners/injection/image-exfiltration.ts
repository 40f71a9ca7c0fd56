import type { Severity } from '../../core/finding.js';
import type { Hit, ScanFacts } from './hit.js';

/** Markdown images and HTML <img> tags whose URL query carries a placeholder a model would fill in. */
const IMAGE_URL =
  /!\[[^\]\n]{0,200}\]\(\s*<?(https?:\/\/[^\s)>]+)|<img\b[^>]{0,200}?\bsrc\s*=\s*["']?(https?:\/\/[^\s"'>]+)/gi;
const PLACEHOLDER_PARAM =
  /[?&]([\w.-]+)=(\{\{?\s*([\w .-]*)\}?\}|\$\{([\w .-]*)\}|<([\w .-]+)>|%7B%7B?([\w.-]*)%7D|\[([A-Z_ ]+)\]|\$([A-Z_]{3,})|(?:INSERT|PLACEHOLDER|YOUR)[\w-]*)/gi;
const SENSITIVE =
  /secret|token|key|pass|env|data|conversation|chat|history|context|prompt|credential|ssh|summary|memory|info|content|message|user|email|cookie|session/i;
const NEARBY_INSTRUCTION =
  /\b(?:replace|fill|substitute|append|encode|base64|include|insert)\b|\b(?:AI|assistant|LLM|model)\b/i;

export function findImageExfiltration(facts: ScanFacts): Hit[] {
  const { text } = facts;
  if (!text.includes('![') && !/<img/i.test(text)) return [];
  const hits: Hit[] = [];
  for (const match of text.matchAll(IMAGE_URL)) {
    const url = match[1] ?? match[2] ?? '';
    PLACEHOLDER_PARAM.lastIndex = 0;
    const params = [...url.matchAll(PLACEHOLDER_PARAM)];
    if (params.length === 0) continue;
    const names = params.map((p) => `${p[1]}=${p[2]}`);
    const sensitive = params.some((p) => SENSITIVE.test(p[1] ?? '') || SENSITIVE.test(p[2] ?? ''));
    const around = text.slice(
      Math.max(0, match.index - 300),
      Math.min(text.length, match.index + match[0].length + 300),
    );
    let severity: Severity = sensitive ? 'medium' : 'low';
    if (sensitive && NEARBY_INSTRUCTION.test(around)) severity = 'high';
    if (facts.agentInstructions && sensitive) severity = 'critical';
    let host = '';
    try {
      host = new URL(url.replace(/[{}<>$[\]]/g, '')).host;
    } catch {
      host = url.slice(0, 60);
    }
    hits.push({
      rule: 'imageExfiltration',
      start: match.index,
      end: match.index + match[0].length,
      severity,
      message: `Image URL to ${host} carries placeholder query parameters (${names.join(', ')}): rendering it would send filled-in data to that host.`,
      evidence: `img:${host}:${params.map((p) => p[1]).join(',')}`,
      properties: { host, parameters: params.map((p) => p[1]) },
    });
  }
  return hits;
}
