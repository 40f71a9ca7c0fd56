/**
 * Line-level attribution recorded by agents, in two formats:
 *
 * git-ai authorship logs (git notes under refs/notes/ai, Git AI Standard v3.0.0): an attestation section, then
 * "---", then JSON metadata.
 *
 *   src/main.rs                                  <- a file path (quoted when it has spaces)
 *     s_c9883b05a2487d::t_9f8e7d6c5b4a32 1-10,15  <- session::turn id, then line numbers and ranges (AI lines)
 *     0123456789abcdef 25,30-35                   <- older form: a prompt id
 *     h_31dce776f88375 42-50                      <- a human ("human" also), not AI
 *   ---
 *   {"schema_version":"authorship/3.0.0","sessions":{"s_c9883b05a2487d":{"agent_id":{"tool":"cursor",
 *    "model":"claude-sonnet-4-5"}}},"prompts":{"0123456789abcdef":{"agent_id":{...}}},"humans":{...}}
 *
 * Agent Trace records (agent-trace.dev, one JSON object per line in .agent-trace/traces.jsonl):
 *   {"version","id","timestamp","vcs":{"type":"git","revision":SHA},"tool":{"name"},
 *    "files":[{"path","conversations":[{"url","contributor":{"type":"ai|human|mixed|unknown","model_id"},
 *              "ranges":[{"start_line","end_line","content_hash","contributor"?}]}]}]}
 * Line numbers refer to the file as of that revision. "ai" and "mixed" count as AI-assisted.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { git, tryGit } from '../core/git.js';
import { normaliseModel } from './tag.js';

export interface LineRange {
  path: string;
  start: number;
  end: number;
  aiAssisted: boolean;
  tool?: string;
  model?: string;
  source: 'git-ai' | 'agent-trace';
}

/** Line ranges per commit (full or abbreviated sha as recorded). */
export type LineAttributionIndex = Map<string, LineRange[]>;

const agentIdSchema = z.object({ tool: z.string().optional(), model: z.string().optional() }).loose();
const gitAiMetadataSchema = z
  .object({
    prompts: z.record(z.string(), z.object({ agent_id: agentIdSchema.optional() }).loose()).optional(),
    sessions: z.record(z.string(), z.object({ agent_id: agentIdSchema.optional() }).loose()).optional(),
  })
  .loose();

function parseLineSpec(spec: string): Array<[number, number]> {
  return spec
    .split(',')
    .map((part) => /^(\d+)(?:-(\d+))?$/.exec(part.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [Number(match[1]), Number(match[2] ?? match[1])]);
}

function unquote(path: string): string {
  return path.startsWith('"') && path.endsWith('"') ? path.slice(1, -1) : path;
}

/** The line ranges of one git-ai authorship note. Malformed metadata leaves tool/model unknown. */
export function parseGitAiNote(note: string): LineRange[] {
  const separator = note.search(/^---\s*$/m);
  const attestation = separator < 0 ? note : note.slice(0, separator);
  let metadata: z.infer<typeof gitAiMetadataSchema> = {};
  if (separator >= 0) {
    try {
      metadata = gitAiMetadataSchema.parse(JSON.parse(note.slice(separator).replace(/^---\s*/, '')));
    } catch {
      metadata = {};
    }
  }
  const ranges: LineRange[] = [];
  let path: string | undefined;
  for (const line of attestation.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      path = unquote(line.trim());
      continue;
    }
    const entry = /^\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (!entry || path === undefined) continue;
    const id = entry[1] ?? '';
    const human = id === 'human' || id.startsWith('h_');
    const session = id.split('::')[0] ?? id;
    const agent = metadata.sessions?.[session]?.agent_id ?? metadata.prompts?.[id]?.agent_id;
    for (const [start, end] of parseLineSpec(entry[2] ?? '')) {
      ranges.push({
        path,
        start,
        end,
        aiAssisted: !human,
        ...(!human && agent?.tool ? { tool: agent.tool.toLowerCase() } : {}),
        ...(!human && agent?.model && agent.model !== 'unknown' ? { model: normaliseModel(agent.model) } : {}),
        source: 'git-ai',
      });
    }
  }
  return ranges;
}

/** All git-ai notes of the repository (refs/notes/ai), read with one `git cat-file --batch`. */
export async function readGitAiNotes(root: string): Promise<LineAttributionIndex> {
  const index: LineAttributionIndex = new Map();
  const list = await tryGit(['notes', '--ref=ai', 'list'], root);
  const pairs = (list ?? '')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((pair): pair is [string, string] => pair.length === 2);
  if (pairs.length === 0) return index;
  const output = await git(['cat-file', '--batch'], root, `${pairs.map(([blob]) => blob).join('\n')}\n`);
  let cursor = 0;
  pairs.forEach(([blob, commit], i) => {
    const header = output.indexOf(`${blob} blob `, cursor);
    if (header < 0) return;
    const bodyStart = output.indexOf('\n', header) + 1;
    const nextBlob = pairs[i + 1]?.[0];
    const next = nextBlob === undefined ? -1 : output.indexOf(`\n${nextBlob} blob `, bodyStart - 1);
    const body = output.slice(bodyStart, next < 0 ? output.length : next);
    cursor = next < 0 ? output.length : next;
    index.set(commit, parseGitAiNote(body));
  });
  return index;
}

const contributorSchema = z.object({ type: z.string().optional(), model_id: z.string().optional() }).loose();
const traceRecordSchema = z
  .object({
    vcs: z.object({ revision: z.string() }).loose(),
    tool: z.object({ name: z.string().optional() }).loose().optional(),
    files: z.array(
      z
        .object({
          path: z.string(),
          conversations: z
            .array(
              z
                .object({
                  contributor: contributorSchema.optional(),
                  ranges: z
                    .array(
                      z
                        .object({
                          start_line: z.number(),
                          end_line: z.number(),
                          contributor: contributorSchema.optional(),
                        })
                        .loose(),
                    )
                    .default([]),
                })
                .loose(),
            )
            .default([]),
        })
        .loose(),
    ),
  })
  .loose();

const AI_CONTRIBUTORS = new Set(['ai', 'mixed']);

/** Line ranges of Agent Trace records (JSONL text); lines that are not valid records are counted and skipped. */
export function parseAgentTraces(text: string): { index: LineAttributionIndex; skipped: number } {
  const index: LineAttributionIndex = new Map();
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let record: z.infer<typeof traceRecordSchema>;
    try {
      record = traceRecordSchema.parse(JSON.parse(line));
    } catch {
      skipped++;
      continue;
    }
    const revision = record.vcs.revision.toLowerCase();
    const ranges = index.get(revision) ?? [];
    for (const file of record.files) {
      for (const conversation of file.conversations) {
        for (const range of conversation.ranges) {
          const contributor = range.contributor ?? conversation.contributor;
          const aiAssisted = AI_CONTRIBUTORS.has((contributor?.type ?? '').toLowerCase());
          ranges.push({
            path: file.path.replace(/^\.\//, ''),
            start: range.start_line,
            end: range.end_line,
            aiAssisted,
            ...(aiAssisted && record.tool?.name ? { tool: record.tool.name.toLowerCase() } : {}),
            ...(aiAssisted && contributor?.model_id ? { model: normaliseModel(contributor.model_id) } : {}),
            source: 'agent-trace',
          });
        }
      }
    }
    index.set(revision, ranges);
  }
  return { index, skipped };
}

export const AGENT_TRACE_FILE = '.agent-trace/traces.jsonl';

export async function readAgentTraces(root: string): Promise<LineAttributionIndex> {
  const text = await readFile(join(root, AGENT_TRACE_FILE), 'utf8').catch(() => '');
  return parseAgentTraces(text).index;
}

/** Both sources merged: git-ai notes and Agent Trace records. */
export async function loadLineAttributions(root: string): Promise<LineAttributionIndex> {
  const [notes, traces] = await Promise.all([readGitAiNotes(root), readAgentTraces(root)]);
  const merged: LineAttributionIndex = new Map(notes);
  for (const [revision, ranges] of traces) merged.set(revision, [...(merged.get(revision) ?? []), ...ranges]);
  return merged;
}

/** The ranges recorded for a commit; abbreviated revisions (7+ characters) match by prefix. */
export function rangesForCommit(index: LineAttributionIndex, sha: string): LineRange[] {
  const exact = index.get(sha);
  if (exact) return exact;
  for (const [revision, ranges] of index) if (revision.length >= 7 && sha.startsWith(revision)) return ranges;
  return [];
}

/** The range covering a line of a file at a commit, if one was recorded. */
export function rangeForLine(ranges: LineRange[], path: string, line: number): LineRange | undefined {
  return ranges.find((range) => range.path === path && range.start <= line && line <= range.end);
}
