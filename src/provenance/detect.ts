import { type AiIdentity, defaultIdentities, type IdentityTable } from './identities.js';
import { findTags, normaliseModel, parseDisclosure } from './tag.js';
import {
  AI_TRAILERS,
  ASSIST_TRAILERS,
  NEGATIVE_VALUES,
  PERSON_TRAILERS,
  parsePerson,
  parseToolValue,
  parseTrailers,
  type Trailer,
} from './trailers.js';

export interface CommitInput {
  sha: string;
  message: string;
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
}

export interface CommitClassification {
  aiAssisted: boolean;
  /** Identity ids from data/ai-identities.yaml (e.g. "claude", "copilot"), or a slug of an unknown tool's name. */
  tools: string[];
  /** Normalised model names ("claude-sonnet-4", "gpt-4o"). */
  models: string[];
  /** Why, one line per signal ("trailer Co-authored-by: Claude <noreply@anthropic.com>"). */
  evidence: string[];
  subTasks?: string[];
  humanContributions?: string[];
}

/** A name pattern alone is trusted when the name is plainly a bot's or aider's, or the address is a no-reply one. */
const BOT_NAME = /\[bot\]|\(aider\)/i;
const NO_REPLY_EMAIL = /noreply|no-reply|\[bot\]|^bot@|^$/i;

function matches(patterns: RegExp[], value: string): boolean {
  return value.length > 0 && patterns.some((pattern) => pattern.test(value));
}

/** The AI identity a person (author, committer, co-author) is, if any. */
export function identifyPerson(table: IdentityTable, name: string, email: string): AiIdentity | undefined {
  const byEmail = table.identities.find((identity) => matches(identity.emails, email.trim()));
  if (byEmail) return byEmail;
  if (!BOT_NAME.test(name) && !NO_REPLY_EMAIL.test(email.trim())) return undefined;
  return table.identities.find((identity) => matches(identity.names, name.trim()));
}

/** The AI identity a tool name in a trailer value is, if any. */
export function identifyTool(table: IdentityTable, tool: string): AiIdentity | undefined {
  return table.identities.find((identity) => matches(identity.trailerValues, tool.trim()));
}

/** Model names found in free text by the table's model patterns. */
export function findModels(table: IdentityTable, text: string): string[] {
  return table.models.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => normaliseModel(match[0])));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

class Collector {
  readonly tools = new Set<string>();
  readonly models = new Set<string>();
  readonly evidence: string[] = [];

  add(evidence: string, tool?: string, models: string[] = []): void {
    this.evidence.push(evidence);
    if (tool) this.tools.add(tool);
    for (const model of models) if (model) this.models.add(normaliseModel(model));
  }
}

function personModels(table: IdentityTable, name: string): string[] {
  const aider = /^aider \(([^)]+)\)/i.exec(name);
  return aider?.[1] ? [aider[1]] : findModels(table, name);
}

function classifyTrailer(table: IdentityTable, trailer: Trailer, out: Collector): void {
  const line = `trailer ${trailer.key}: ${trailer.value}`;
  const person = parsePerson(trailer.value);
  if (person && (PERSON_TRAILERS.has(trailer.token) || ASSIST_TRAILERS.has(trailer.token))) {
    const identity = identifyPerson(table, person.name, person.email);
    if (identity) out.add(line, identity.id, personModels(table, person.name));
    else if (AI_TRAILERS.has(trailer.token)) out.add(line, slug(person.name));
    return;
  }
  if (PERSON_TRAILERS.has(trailer.token)) return;
  const { tool, model } = parseToolValue(trailer.value);
  const identity = identifyTool(table, tool) ?? identifyTool(table, trailer.value);
  const models = [...(model ? [model] : []), ...findModels(table, trailer.value)];
  if (identity) {
    out.add(line, identity.id, models);
    return;
  }
  if (AI_TRAILERS.has(trailer.token)) {
    if (NEGATIVE_VALUES.test(trailer.value)) return;
    const isModelKey = trailer.token.endsWith('model');
    out.add(line, isModelKey ? undefined : slug(tool), isModelKey ? [trailer.value, ...models] : models);
    return;
  }
  // Assisted-by / Generated-by naming no known tool: AI only when it names a model ("Assisted-by: gpt-4o").
  if (models.length > 0) out.add(line, undefined, models);
}

const GENERIC_FOOTER = /^[ \t]*🤖[ \t]*(?:Generated|Created|Written)[ \t]+(?:with|by)[ \t]+\[?([^\]\n(]+)/mu;
const AIDER_PREFIX = /^aider:\s/i;

function classifyFooters(table: IdentityTable, message: string, out: Collector): void {
  for (const identity of table.identities) {
    const footer = identity.footers.map((pattern) => pattern.exec(message)).find((match) => match);
    if (footer) out.add(`footer "${footer[0].trim()}"`, identity.id);
  }
  const generic = GENERIC_FOOTER.exec(message);
  if (generic && out.evidence.every((line) => !line.startsWith('footer'))) {
    const name = (generic[1] ?? '').trim();
    out.add(`footer "${generic[0].trim()}"`, identifyTool(table, name)?.id ?? slug(name));
  }
}

function classifyPerson(table: IdentityTable, role: string, name: string, email: string, out: Collector): void {
  const identity = identifyPerson(table, name, email);
  if (identity) out.add(`${role} ${name} <${email}>`, identity.id, personModels(table, name));
}

/**
 * Whether a commit is AI-assisted, from its message (the team's [ai-assisted: model] tag, AI trailers, tool footers,
 * aider's "aider:" prefix) and its author/committer identities (bot accounts such as the Copilot coding agent).
 * Mentions of AI products in prose ("Fix Copilot integration") and human co-authors are not signals.
 */
export function classifyCommit(commit: CommitInput, table: IdentityTable = defaultIdentities()): CommitClassification {
  const out = new Collector();
  const disclosure = parseDisclosure(commit.message);
  for (const tag of findTags(commit.message)) out.add(`tag ${tag.raw}`, undefined, tag.models);
  for (const trailer of parseTrailers(commit.message)) classifyTrailer(table, trailer, out);
  classifyFooters(table, commit.message, out);
  if (AIDER_PREFIX.test(commit.message)) out.add('message prefix "aider:"', 'aider');
  classifyPerson(table, 'author', commit.authorName, commit.authorEmail, out);
  if (commit.committerEmail !== commit.authorEmail || commit.committerName !== commit.authorName) {
    classifyPerson(table, 'committer', commit.committerName, commit.committerEmail, out);
  }
  const aiAssisted = out.evidence.length > 0;
  return {
    aiAssisted,
    tools: [...out.tools],
    models: [...out.models],
    evidence: out.evidence,
    ...(aiAssisted && disclosure.subTasks ? { subTasks: disclosure.subTasks } : {}),
    ...(aiAssisted && disclosure.humanContributions ? { humanContributions: disclosure.humanContributions } : {}),
  };
}
