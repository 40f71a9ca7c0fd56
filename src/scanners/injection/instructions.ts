import type { Severity } from '../../core/finding.js';
import type { Hit, ScanFacts } from './hit.js';
import {
  EXPLANATORY,
  IMPERATIVE_LEAD,
  SIGNALS,
  type SignalDef,
  type SignalKind,
  TRIGGER,
} from './instruction-patterns.js';
import type { InjectionRuleKey } from './rules.js';

interface SignalMatch {
  def: SignalDef;
  start: number;
  end: number;
  text: string;
}

interface Window {
  start: number;
  end: number;
  /** Inside a Markdown HTML comment: invisible when rendered. */
  hidden: boolean;
}

/** Which signal leads a window's finding when several are present (most dangerous first). */
const LEAD_ORDER: readonly SignalKind[] = [
  'exfil',
  'download-exec',
  'override',
  'jailbreak',
  'override-weak',
  'conceal',
  'tool',
  'role-marker',
];
const INSTRUCTION_KINDS = new Set<SignalKind>(['override', 'override-weak', 'jailbreak', 'tool', 'conceal', 'exfil']);
const WINDOW_REACH = 400;

function isImperative(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 40), start);
  return IMPERATIVE_LEAD.test(before);
}

/** Line ranges around each trigger (the line before to the line after), merged. */
function candidateRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(text); match !== null; match = TRIGGER.exec(text)) {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const start = lineStart === 0 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
    const lineEnd = text.indexOf('\n', match.index);
    const nextEnd = lineEnd === -1 ? -1 : text.indexOf('\n', lineEnd + 1);
    const end = lineEnd === -1 ? text.length : nextEnd === -1 ? text.length : nextEnd;
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
    // Another trigger on this line adds nothing (no trigger spans lines): go on from its end, which keeps long
    // (minified) lines linear.
    if (lineEnd === -1) break;
    TRIGGER.lastIndex = Math.max(TRIGGER.lastIndex, lineEnd);
  }
  return ranges;
}

function matchSignals(text: string, defs: readonly SignalDef[], from: number, to: number, out: SignalMatch[]): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const def of defs) {
    for (const pattern of def.patterns) {
      pattern.lastIndex = 0;
      for (const match of part.matchAll(pattern)) {
        const start = from + match.index;
        if (def.imperative && !isImperative(text, start)) continue;
        out.push({ def, start, end: start + match[0].length, text: match[0] });
      }
    }
  }
}

const LEADING = SIGNALS.filter((def) => def.rule !== undefined);
const BOOSTERS = SIGNALS.filter((def) => def.rule === undefined);

/** Leading signals, found only on the lines around a trigger word. */
function collectSignals(text: string): SignalMatch[] {
  const matches: SignalMatch[] = [];
  for (const range of candidateRanges(text)) matchSignals(text, LEADING, range.start, range.end, matches);
  const seen = new Set<string>();
  return matches
    .filter((m) => {
      const key = `${m.def.kind}:${m.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/** The paragraph (or comment block) around an offset: bounded by blank lines, at most WINDOW_REACH either side. */
function paragraphAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - WINDOW_REACH);
  const blankBefore = text.lastIndexOf('\n\n', start);
  const windowStart = blankBefore >= from ? blankBefore + 2 : from;
  const to = Math.min(text.length, end + WINDOW_REACH);
  const blankAfter = text.indexOf('\n\n', end);
  const windowEnd = blankAfter !== -1 && blankAfter <= to ? blankAfter : to;
  return { start: windowStart, end: windowEnd };
}

function htmlComments(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/<!--[\s\S]*?-->/g))
    ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

/** Inside a fenced code block or an inline code span, or directly quoted: Markdown's way of showing an example. */
function quotedInMarkdown(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const linePrefix = text.slice(lineStart, start);
  if ((linePrefix.match(/`/g)?.length ?? 0) % 2 === 1) return true;
  if (/["“«„']\s*$/.test(linePrefix) || /^\s*>/.test(linePrefix)) return true;
  const fences = text.slice(0, start).match(/^\s*(?:```|~~~)/gm)?.length ?? 0;
  return fences % 2 === 1;
}

function severityOfScore(score: number): Severity {
  if (score >= 4) return 'high';
  if (score === 3) return 'medium';
  if (score === 2) return 'low';
  return 'info';
}

const RANK: Record<Severity, number> = { critical: 5, high: 4, medium: 3, low: 2, info: 1 };
function maxSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}
function minSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

interface Judgement {
  severity: Severity;
  rule: InjectionRuleKey;
  kinds: SignalKind[];
  lead: SignalMatch;
}

function judge(facts: ScanFacts, window: Window, inWindow: readonly SignalMatch[]): Judgement | undefined {
  const kinds = [...new Set(inWindow.map((m) => m.def.kind))];
  const leadKind = LEAD_ORDER.find((kind) => kinds.includes(kind));
  const lead = inWindow.find((m) => m.def.kind === leadKind);
  if (!leadKind || !lead) return undefined;
  let score = 0;
  for (const kind of kinds) score += SIGNALS.find((def) => def.kind === kind)?.weight ?? 0;
  if (window.hidden) score += 1;
  if (facts.agentInstructions) score += 1;
  let severity = severityOfScore(score);
  const instructionContext =
    window.hidden ||
    facts.agentInstructions ||
    kinds.some((kind) => kind !== leadKind && (INSTRUCTION_KINDS.has(kind) || kind === 'ai-address'));
  if ((leadKind === 'download-exec' || leadKind === 'exfil') && instructionContext) {
    severity = facts.agentInstructions ? 'critical' : 'high';
  }
  const windowText = facts.text.slice(window.start, window.end);
  const markdown = facts.kind === 'docs' || facts.agentInstructions;
  // In agent instruction files a command in backticks is how instructions are written, not a quoted example.
  const quotedExample =
    markdown &&
    quotedInMarkdown(facts.text, lead.start) &&
    !(facts.agentInstructions && (leadKind === 'download-exec' || leadKind === 'exfil'));
  const explanatory = EXPLANATORY.test(windowText) || quotedExample;
  // Asking to hide the step from the user is never how an explanation reads.
  if (explanatory && !window.hidden && !kinds.includes('conceal')) severity = minSeverity(severity, 'low');
  if (facts.kind === 'code' && leadKind === 'role-marker') severity = minSeverity(severity, 'low');
  let rule = lead.def.rule ?? 'override';
  if (window.hidden && RANK[severity] >= RANK.medium && leadKind !== 'exfil' && leadKind !== 'download-exec') {
    rule = 'hiddenComment';
  }
  return { severity: maxSeverity(severity, 'info'), rule, kinds, lead };
}

/** Instructions aimed at AI assistants: override, impersonation, tool use, download-and-execute, exfiltration, concealment. */
export function findInstructions(facts: ScanFacts): Hit[] {
  const { text } = facts;
  const signals = collectSignals(text);
  if (signals.length === 0) return [];
  const comments = facts.kind === 'docs' || facts.agentInstructions ? htmlComments(text) : [];
  const hits: Hit[] = [];
  const judged = new Set<string>();
  for (const signal of signals) {
    if (signal.def.rule === undefined) continue;
    const comment = comments.find((range) => range.start <= signal.start && signal.end <= range.end);
    const window: Window = comment
      ? { ...comment, hidden: true }
      : { ...paragraphAround(text, signal.start, signal.end), hidden: false };
    const key = `${window.start}:${window.end}`;
    if (judged.has(key)) continue;
    judged.add(key);
    const inWindow = signals.filter((m) => m.start >= window.start && m.end <= window.end);
    matchSignals(text, BOOSTERS, window.start, window.end, inWindow);
    const verdict = judge(facts, window, inWindow);
    if (!verdict) continue;
    const described = verdict.kinds.join(', ');
    hits.push({
      rule: verdict.rule,
      start: verdict.lead.start,
      end: verdict.lead.end,
      severity: verdict.severity,
      message: `${window.hidden ? 'Hidden HTML comment' : 'Text'} reads as an instruction to an AI model (${described}): "${verdict.lead.text.replace(/\s+/g, ' ').slice(0, 100)}".`,
      evidence: `${verdict.rule}:${verdict.lead.text.toLowerCase().replace(/\s+/g, ' ')}`,
      properties: { signals: verdict.kinds },
    });
  }
  return hits;
}

/** Whether a short decoded text (hidden tags, smuggled bytes) reads as an instruction at medium or above. */
export function looksLikeInstruction(text: string): boolean {
  const facts: ScanFacts = { path: '', text, kind: 'other', agentInstructions: false, startsAtFileStart: true };
  return (
    findInstructions(facts).some((hit) => RANK[hit.severity] >= RANK.medium) ||
    collectSignals(text).some((m) => m.def.weight >= 3)
  );
}

export { maxSeverity, RANK as SEVERITY_RANK };
