import type { Severity } from '../../../core/finding.js';
import { makeFinding } from '../../../core/make-finding.js';
import { addStep, type Frame, nodeLocation, shortText } from './frame.js';
import type { Taint } from './model.js';
import type { Node } from './parser.js';
import { pythonRule } from './rules.js';

const LOWER: Record<Severity, Severity> = { critical: 'high', high: 'medium', medium: 'low', low: 'low', info: 'info' };

function sinkLine(source: string, node: Node): string {
  const lines = source.split('\n');
  return (lines[node.startPosition.row] ?? '').trim().slice(0, 200);
}

/** Record a taint finding at a sink (once per rule and sink node). */
export function reportTaint(frame: Frame, ruleId: string, sinkNode: Node, taint: Taint, sinkLabel: string): void {
  const { analysis, module } = frame;
  const key = `${ruleId}:${module.path}:${sinkNode.startIndex}`;
  if (analysis.quiet || analysis.seen.has(key)) return;
  analysis.seen.add(key);
  const rule = pythonRule(ruleId);
  const withSink = addStep(taint, frame, sinkNode, `reaches ${sinkLabel}`);
  const origin = taint.origin === 'web' ? 'Request data' : 'Local input';
  const local = taint.origin === 'local';
  analysis.findings.push(
    makeFinding({
      rule,
      scanner: 'sast',
      location: nodeLocation(module.path, sinkNode),
      snippet: sinkLine(module.source, sinkNode),
      matchedContent: `${ruleId} ${sinkNode.text}`,
      message: `${origin} from ${taint.source} reaches ${sinkLabel}: ${rule.description}`,
      overrides: local ? { severity: LOWER[rule.severity], confidence: 'low' } : undefined,
      properties: { source: taint.source, sink: sinkLabel },
      codeFlow: withSink.steps,
    }),
  );
}

export function sinkLabelOf(node: Node): string {
  const callee = node.type === 'call' ? node.childForFieldName('function') : null;
  return callee ? `${shortText(callee, 60)}()` : shortText(node, 60);
}
