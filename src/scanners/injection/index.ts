import type { Finding } from '../../core/finding.js';
import { lineAt, lineStarts, locate } from '../../core/location.js';
import { makeFinding } from '../../core/make-finding.js';
import { excerpt } from '../../core/mask.js';
import type { ScanContext, Scanner, TextChunk } from '../../core/scanner.js';
import { findAgentConfigCommands } from './agent-config.js';
import { fileKind, isAgentConfigFile, isAgentInstructionFile } from './file-kind.js';
import { findHiddenUnicode } from './hidden-unicode.js';
import type { Hit, ScanFacts } from './hit.js';
import { findHomoglyphs } from './homoglyphs.js';
import { findImageExfiltration } from './image-exfiltration.js';
import { findInstructions } from './instructions.js';
import { INJECTION_RULES, RULES } from './rules.js';
import { HAS_HIDDEN, HIDDEN_RUN } from './unicode-tables.js';

export const SCANNER_ID = 'injection';

/** Words at least one instruction signal needs; a chunk without any skips the instruction rules. */
const INSTRUCTION_PREFILTER =
  /ignor|disregard|forget|instruc|anweisung|istruzion|instru[çc]|consigne|指令|指示|命令|инструкц|указани|im_start|\[INST\]|<<SYS>>|SYSTEM|DAN\b|authori[sz]e|curl|wget|iwr|irm|invoke-|downloadstring|\b(?:send|post|upload|transmit|exfiltrate|forward|e-?mail|leak|submit|pipe|paste)\b|the user|mention|reveal|disclose|silently|secretly|quietly|following|tool\b|your (?:new|real|actual|developer|creator)|from now on|olvid|esque|oubli|vergiss|dimentica|забудь|忘|nichts|rien|nada|不要|ないで|пользовател/i;

const HIDDEN_CHAR = new RegExp(HIDDEN_RUN.source.replace(/\+$/, ''), 'gu');

/** Show hidden characters in a snippet as <U+XXXX> so a reviewer can see them. */
export function revealHidden(text: string): string {
  return text.replace(
    HIDDEN_CHAR,
    (ch) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

export function scanFacts(chunk: TextChunk): ScanFacts {
  return {
    path: chunk.path,
    text: chunk.text,
    kind: fileKind(chunk.path),
    agentInstructions: isAgentInstructionFile(chunk.path),
    startsAtFileStart: chunk.lineNumbers === undefined || chunk.lineNumbers[0] === 1,
  };
}

/** All hits for a chunk, before they become findings. Exposed for the agent hooks and the MCP server. */
export function detectInjection(chunk: TextChunk): Hit[] {
  const facts = scanFacts(chunk);
  const hits: Hit[] = [];
  const traits = chunk.traits ?? [];
  if (HAS_HIDDEN.test(facts.text)) hits.push(...findHiddenUnicode(facts));
  hits.push(...findHomoglyphs(facts));
  if (!traits.includes('lockfile')) {
    if (INSTRUCTION_PREFILTER.test(facts.text)) hits.push(...findInstructions(facts));
    hits.push(...findImageExfiltration(facts));
  }
  if (isAgentConfigFile(chunk.path)) hits.push(...findAgentConfigCommands(facts));
  return hits.sort((a, b) => a.start - b.start);
}

export function hitsToFindings(chunk: TextChunk, hits: readonly Hit[]): Finding[] {
  if (hits.length === 0) return [];
  const starts = lineStarts(chunk.text);
  return hits.map((hit) => {
    const location = locate(chunk, starts, hit.start, Math.max(hit.end, hit.start + 1));
    const line = revealHidden(lineAt(chunk.text, starts, hit.start));
    const rule = RULES[hit.rule];
    return makeFinding({
      rule,
      scanner: SCANNER_ID,
      location,
      snippet: excerpt(line, location.startColumn),
      matchedContent: hit.evidence,
      message: hit.message,
      overrides: { severity: hit.severity },
      ...(hit.properties ? { properties: hit.properties } : {}),
      ...(chunk.commit ? { commit: chunk.commit } : {}),
    });
  });
}

export const injectionScanner: Scanner = {
  id: SCANNER_ID,
  description:
    'Prompt injection, hidden Unicode and homoglyphs in content an AI assistant will read; risky agent configuration',
  rules: INJECTION_RULES,
  scanChunk(chunk: TextChunk, _context: ScanContext): Finding[] {
    return hitsToFindings(chunk, detectInjection(chunk));
  },
};

/** Scan a text with no scan context (agent hooks, MCP server, tests). */
export function scanTextForInjection(text: string, path = 'snippet.txt'): Finding[] {
  const chunk: TextChunk = { path, text };
  return hitsToFindings(chunk, detectInjection(chunk));
}
