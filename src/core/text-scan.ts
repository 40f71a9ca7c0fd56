import { fileTraits } from './file-traits.js';
import type { Finding } from './finding.js';
import { applyInlineAllows } from './inline-allow.js';
import { type FileContent, readText } from './read-text.js';
import type { ScanContext, Scanner, TextChunk } from './scanner.js';

/** Run every text scanner over one chunk; a scanner that throws is reported for that chunk, not fatal. */
export function scanChunkWith(scanners: readonly Scanner[], chunk: TextChunk, context: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const scanner of scanners) {
    if (!scanner.scanChunk) continue;
    try {
      findings.push(...scanner.scanChunk(chunk, context));
    } catch (error) {
      context.skip({
        path: chunk.path,
        reason: 'other',
        detail: `${scanner.id} scanner failed: ${(error as Error).message}`,
      });
    }
  }
  if (findings.length > 0) {
    const lines = chunk.text.split('\n');
    const indexOf = (finding: Finding) =>
      chunk.lineNumbers ? chunk.lineNumbers.indexOf(finding.location.startLine) : finding.location.startLine - 1;
    for (const note of applyInlineAllows(findings, lines, indexOf)) context.note(note);
  }
  if (chunk.commit) for (const finding of findings) finding.commit = chunk.commit;
  return findings;
}

/** Read one file and scan it; returns the bytes read (0 when skipped). */
export function scanFileWith(
  scanners: readonly Scanner[],
  root: string,
  path: string,
  context: ScanContext,
  maxBytes: number,
  sink: (findings: Finding[]) => void,
): number {
  const outcome = readText(`${root}/${path}`, path, maxBytes);
  if (!outcome.ok) {
    context.skip(outcome.skipped);
    return 0;
  }
  if (outcome.note) context.skip(outcome.note);
  sink(scanChunkWith(scanners, chunkOf(path, outcome.content), context));
  return outcome.bytes;
}

/** A read file as a chunk: its bytes, and its text decoded on first access. */
function chunkOf(path: string, content: FileContent): TextChunk {
  let text: string | undefined;
  return {
    path,
    bytes: content.bytes,
    bytesAreText: content.encoding !== 'utf8',
    traits: fileTraits(path, content.bytes),
    get text() {
      text ??= content.decode();
      return text;
    },
  };
}
