import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { JANE, type Person, TempRepo } from './repo.js';

interface Case {
  name: string;
  message: string;
  author?: Person;
  committer?: Person;
  ai: boolean;
  tool?: string;
  model?: string;
}

// Built at test time so no literal bot address lives in the repository.
const ghNoreply = (id: number, login: string) => `${id}+${login}@users.noreply.github.com`;

const CASES: Case[] = [
  {
    name: 'team tag',
    message:
      'feat: invoice parser [ai-assisted: claude-sonnet-4]\n\nSub-tasks:\n- parser\n- tests\nHuman contributions:\n- edge cases',
    ai: true,
    model: 'claude-sonnet-4',
  },
  {
    name: 'claude code footer + co-author',
    message:
      'fix: retry on 503\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>',
    ai: true,
    tool: 'claude',
  },
  {
    name: 'copilot co-author',
    message: `chore: tidy imports\n\nCo-authored-by: Copilot <${ghNoreply(175728472, 'Copilot')}>`,
    ai: true,
    tool: 'copilot',
  },
  {
    name: 'copilot coding agent author',
    message: 'Initial plan',
    author: { name: 'copilot-swe-agent[bot]', email: ghNoreply(198982749, 'Copilot') },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    ai: true,
    tool: 'copilot',
  },
  {
    name: 'cursor agent co-author',
    message: 'feat: dark mode\n\nCo-authored-by: Cursor Agent <cursoragent@cursor.com>',
    ai: true,
    tool: 'cursor',
  },
  { name: 'aider prefix', message: 'aider: add unit tests for the tokenizer', ai: true, tool: 'aider' },
  {
    name: 'aider author suffix',
    message: 'refactor: split module',
    author: { name: 'Jane Roe (aider)', email: 'jane@example.com' },
    committer: JANE,
    ai: true,
    tool: 'aider',
  },
  {
    name: 'aider co-author with model',
    message: 'feat: cli flag\n\nCo-authored-by: aider (gpt-4o) <noreply@aider.chat>',
    ai: true,
    tool: 'aider',
    model: 'gpt-4o',
  },
  {
    name: 'kernel style Assisted-by',
    message: 'mm: fix leak\n\nAssisted-by: Claude:claude-3-opus\nSigned-off-by: Jane Roe <jane@example.com>',
    ai: true,
    tool: 'claude',
    model: 'claude-3-opus',
  },
  { name: 'AI-Model trailer', message: 'perf: cache lookups\n\nAI-Model: gpt-4.1', ai: true, model: 'gpt-4.1' },
  { name: 'X-AI-Tool trailer', message: 'docs: api guide\n\nX-AI-Tool: Windsurf', ai: true, tool: 'windsurf' },
  { name: 'Generated-by gemini', message: 'test: more cases\n\nGenerated-by: Gemini CLI', ai: true, tool: 'gemini' },
  {
    name: 'codex connector bot',
    message: 'Fix null check',
    author: { name: 'chatgpt-codex-connector[bot]', email: ghNoreply(199175422, 'chatgpt-codex-connector[bot]') },
    ai: true,
    tool: 'codex',
  },
  {
    name: 'devin bot',
    message: 'Add endpoint',
    author: { name: 'devin-ai-integration[bot]', email: ghNoreply(158243242, 'devin-ai-integration[bot]') },
    ai: true,
    tool: 'devin',
  },
  // human look-alikes
  { name: 'human: Copilot in subject', message: 'Fix Copilot integration', ai: false },
  { name: 'human: claude in subject', message: 'Update claude model list', ai: false },
  {
    name: 'human: compare tools',
    message: 'docs: compare Cursor and VS Code\n\nReviewed-by: Jane\nCo-authored-by: Alice <alice@example.org>',
    ai: false,
  },
  {
    name: 'human: person named Claude',
    message: 'feat: thing\n\nCo-authored-by: Claude Dupont <claude.dupont@example.fr>',
    ai: false,
  },
  { name: 'human: Assisted-by a person', message: 'fix: typo\n\nAssisted-by: Bob Smith', ai: false },
  { name: 'human: AI-Model none', message: 'chore: bump\n\nAI-Model: none', ai: false },
  { name: 'human: aider mentioned', message: 'docs: how we use aider: notes', ai: false },
];

interface JsonCommit {
  sha: string;
  aiAssisted: boolean;
  tools: string[];
  models: string[];
  evidence: string[];
  subTasks?: string[];
  humanContributions?: string[];
}
interface JsonReport {
  commits: JsonCommit[];
  files: Array<{ path: string; linesChanged: number; aiLines: number; aiShare: number }>;
  authors: Array<{ author: string; aiCommits: number; commits: number }>;
  missingLedger: string[];
  missingSecurityReview: string[];
}

describe('bulwark provenance over a mixed history', () => {
  const repo = new TempRepo();
  const shas = new Map<string, string>();
  let report: JsonReport;

  before(async () => {
    CASES.forEach((c, i) => {
      const sha = repo.commit(c.message, {
        author: c.author,
        committer: c.committer,
        files: { [`src/f${i}.ts`]: `export const v${i} = ${i};\n` },
      });
      shas.set(c.name, sha);
    });
    const result = await runCli(['provenance', repo.dir, '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    report = JSON.parse(result.stdout) as JsonReport;
  });
  after(() => repo.remove());

  for (const c of CASES) {
    it(`classifies "${c.name}" as ${c.ai ? 'AI-assisted' : 'human'}`, () => {
      const commit = report.commits.find((item) => item.sha === shas.get(c.name));
      assert.ok(commit, 'commit listed');
      assert.equal(commit.aiAssisted, c.ai, commit.evidence.join('; '));
      if (c.tool) assert.ok(commit.tools.includes(c.tool), `tools ${commit.tools.join(',')}`);
      if (c.model) assert.ok(commit.models.includes(c.model), `models ${commit.models.join(',')}`);
      if (c.ai) assert.ok(commit.evidence.length > 0);
      else assert.deepEqual(commit.evidence, []);
    });
  }

  it('parses the sub-task and human-contribution lists of the tag', () => {
    const commit = report.commits.find((item) => item.sha === shas.get('team tag'));
    assert.deepEqual(commit?.subTasks, ['parser', 'tests']);
    assert.deepEqual(commit?.humanContributions, ['edge cases']);
  });

  it('reports per-file and per-author shares and the missing ledger entries', () => {
    const aiCount = CASES.filter((c) => c.ai).length;
    assert.equal(report.missingLedger.length, aiCount);
    assert.equal(report.missingSecurityReview.length, aiCount);
    const aiFile = report.files.find((file) => file.path === 'src/f0.ts');
    assert.deepEqual([aiFile?.aiLines, aiFile?.aiShare], [1, 1]);
    const humanFile = report.files.find((file) => file.path === `src/f${CASES.length - 1}.ts`);
    assert.deepEqual([humanFile?.aiLines, humanFile?.linesChanged], [0, 1]);
    const jane = report.authors.find((author) => author.author === 'Jane Roe <jane@example.com>');
    assert.ok(jane && jane.aiCommits > 0 && jane.aiCommits < jane.commits);
  });

  it('drops a commit from the missing lists once the ledger covers it with a security review', async () => {
    const sha = shas.get('AI-Model trailer') ?? '';
    const add = await runCli(
      ['ledger', 'add', '--commit', sha, '--model', 'gpt-4.1', '--task', 'cache', '--reviewer', 'Jane'],
      { cwd: repo.dir },
    );
    assert.equal(add.code, 0, add.stderr);
    const first = JSON.parse((await runCli(['provenance', repo.dir, '--format', 'json'])).stdout) as JsonReport;
    assert.ok(!first.missingLedger.includes(sha));
    assert.ok(first.missingSecurityReview.includes(sha));
    await runCli(
      [
        'ledger',
        'add',
        '--commit',
        sha,
        '--model',
        'gpt-4.1',
        '--task',
        'cache',
        '--reviewer',
        'Sam',
        '--security-review',
      ],
      { cwd: repo.dir },
    );
    const second = JSON.parse((await runCli(['provenance', repo.dir, '--format', 'json'])).stdout) as JsonReport;
    assert.ok(!second.missingSecurityReview.includes(sha));
  });

  it('prints table and markdown reports, honours --since and rejects an unknown format', async () => {
    const table = await runCli(['provenance', '--format', 'table'], { cwd: repo.dir });
    assert.equal(table.code, 0);
    assert.match(table.stdout, /Commits\n.*commit.*evidence/);
    const markdown = await runCli(['provenance', '--format', 'markdown'], { cwd: repo.dir });
    assert.match(markdown.stdout, /^# AI provenance/);
    assert.match(markdown.stdout, /\| src\/f0\.ts \| 1 \| 1 \| 100\.0% \|/);
    const future = await runCli(['provenance', '--since', '2099-12-31', '--format', 'json'], { cwd: repo.dir });
    assert.deepEqual((JSON.parse(future.stdout) as JsonReport).commits, []);
    assert.equal((await runCli(['provenance', '--format', 'xml'], { cwd: repo.dir })).code, 2);
  });
});
