import type { Severity } from '../../core/finding.js';
import type { Hit, ScanFacts } from './hit.js';
import { describeCodePoint, isBidiControl, RTL_LETTER } from './unicode-tables.js';

const EMBEDDINGS = new Set([0x202a, 0x202b, 0x202d, 0x202e]);
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]);
const PDF = 0x202c;
const PDI = 0x2069;
const HAS_BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

interface LineState {
  controls: number[];
  unbalanced: number;
  firstOffset: number;
  lastOffset: number;
}

/** Trojan Source (CVE-2021-42574): controls left open at the end of a line reorder everything after them. */
function analyseLine(line: string, lineOffset: number): LineState {
  const stack: ('embed' | 'isolate')[] = [];
  const controls: number[] = [];
  let unmatchedPops = 0;
  let firstOffset = -1;
  let lastOffset = -1;
  for (let i = 0; i < line.length; i++) {
    const cp = line.charCodeAt(i);
    if (!isBidiControl(cp)) continue;
    controls.push(cp);
    if (firstOffset === -1) firstOffset = lineOffset + i;
    lastOffset = lineOffset + i + 1;
    if (EMBEDDINGS.has(cp)) stack.push('embed');
    else if (ISOLATES.has(cp)) stack.push('isolate');
    else if (cp === PDF) {
      if (stack[stack.length - 1] === 'embed') stack.pop();
      else unmatchedPops++;
    } else if (cp === PDI) {
      const at = stack.lastIndexOf('isolate');
      if (at === -1) unmatchedPops++;
      else stack.length = at;
    }
  }
  return { controls, unbalanced: stack.length + unmatchedPops, firstOffset, lastOffset };
}

export function findBidiHits(facts: ScanFacts): Hit[] {
  const hits: Hit[] = [];
  const { text } = facts;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineOffset = offset;
    offset += line.length + 1;
    if (!HAS_BIDI.test(line)) continue;
    const state = analyseLine(line, lineOffset);
    const reorders = state.controls.some((cp) => EMBEDDINGS.has(cp) || ISOLATES.has(cp) || cp === PDF || cp === PDI);
    const rtlText = RTL_LETTER.test(line);
    const names = [...new Set(state.controls)].map(describeCodePoint).join(', ');
    let severity: Severity | undefined;
    let message = '';
    if (state.unbalanced > 0) {
      severity = facts.kind === 'code' || facts.agentInstructions ? 'critical' : 'high';
      if (facts.kind !== 'code' && !facts.agentInstructions && rtlText) severity = 'medium';
      message = `${state.unbalanced} bidirectional control(s) are not closed on this line, so the text displays in a different order than it is read (Trojan Source): ${names}.`;
    } else if (reorders && !rtlText) {
      severity = facts.kind === 'code' || facts.agentInstructions ? 'high' : 'medium';
      message = `Bidirectional controls reorder text that has no right-to-left letters (code in a comment or string can display in a misleading order): ${names}.`;
    } else if (!rtlText) {
      severity = facts.agentInstructions ? 'high' : facts.kind === 'code' ? 'low' : 'info';
      message = `Directional marks without right-to-left text: ${names}.`;
    } else if (facts.agentInstructions) {
      severity = 'low';
      message = `Balanced bidirectional controls in right-to-left text: ${names}.`;
    }
    if (!severity) continue;
    hits.push({
      rule: 'bidi',
      start: state.firstOffset,
      end: state.lastOffset,
      severity,
      message,
      evidence: `bidi:${state.controls.join(',')}:${line.replace(/[^\x20-\x7e]/g, '').trim()}`,
    });
  }
  return hits;
}
