import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { provenanceForLines } from '../../src/provenance/attribution.js';
import { CommitCache } from '../../src/provenance/commit-cache.js';
import { parseAgentTraces, parseGitAiNote } from '../../src/provenance/line-attribution.js';
import { runCli } from '../helpers/cli.js';
import { TempRepo } from './repo.js';

const lines = (from: number, to: number, tag: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `const ${tag}${from + i} = ${from + i};`).join('\n');

function gitAiNote(path: string, spec: string): string {
  const meta = {
    schema_version: 'authorship/3.0.0',
    prompts: {},
    sessions: { s_aa11: { agent_id: { tool: 'cursor', id: 'x', model: 'claude-sonnet-4-5' } } },
  };
  return `${path}\n  s_aa11::t_bb22 ${spec}\n  h_cc33 9\n---\n${JSON.stringify(meta, null, 2)}\n`;
}

describe('line-level formats', () => {
  it('parses a git-ai v3 note: sessions, prompts, humans, quoted paths', () => {
    const note =
      '"docs/How To.md"\n  0123456789abcdef 3-4,8\n  human 5\nsrc/a.ts\n  s_1::t_2 1\n---\n' +
      JSON.stringify({
        prompts: { '0123456789abcdef': { agent_id: { tool: 'Claude', model: 'claude-opus-4' } } },
        sessions: {},
      });
    const ranges = parseGitAiNote(note);
    assert.deepEqual(
      ranges.map((r) => [r.path, r.start, r.end, r.aiAssisted, r.tool, r.model]),
      [
        ['docs/How To.md', 3, 4, true, 'claude', 'claude-opus-4'],
        ['docs/How To.md', 8, 8, true, 'claude', 'claude-opus-4'],
        ['docs/How To.md', 5, 5, false, undefined, undefined],
        ['src/a.ts', 1, 1, true, undefined, undefined],
      ],
    );
  });

  it('parses Agent Trace records and skips invalid lines; human ranges are not AI', () => {
    const record = {
      version: '0.1.0',
      id: 'r1',
      timestamp: '2026-01-01T00:00:00Z',
      vcs: { type: 'git', revision: 'ABCDEF1234567' },
      tool: { name: 'Claude-Code' },
      files: [
        {
          path: 'src/x.ts',
          conversations: [
            {
              contributor: { type: 'ai', model_id: 'anthropic/claude-opus-4' },
              ranges: [{ start_line: 2, end_line: 3 }],
            },
            { contributor: { type: 'human' }, ranges: [{ start_line: 4, end_line: 4 }] },
          ],
        },
      ],
    };
    const { index, skipped } = parseAgentTraces(`${JSON.stringify(record)}\nnot json\n{"vcs":{}}\n`);
    assert.equal(skipped, 2);
    const ranges = index.get('abcdef1234567') ?? [];
    assert.deepEqual(
      ranges.map((r) => [r.start, r.end, r.aiAssisted, r.tool, r.model]),
      [
        [2, 3, true, 'claude-code', 'anthropic/claude-opus-4'],
        [4, 4, false, undefined, undefined],
      ],
    );
  });
});

describe('bulwark attribution and provenanceForLines', () => {
  const repo = new TempRepo();
  let human: string;
  let tagged: string;
  let noted: string;
  let traced: string;

  before(() => {
    human = repo.commit('feat: base', { files: { 'app.ts': `${lines(1, 10, 'a')}\n` } });
    tagged = repo.commit('feat: more [ai-assisted: gpt-4o]', {
      files: { 'app.ts': `${lines(1, 10, 'a')}\n${lines(11, 12, 'b')}\n` },
    });
    // no message signal: only the git-ai note says lines 13-14 are AI, line 9 of the note (human) is not
    noted = repo.commit('feat: even more', {
      files: { 'app.ts': `${lines(1, 10, 'a')}\n${lines(11, 12, 'b')}\n${lines(13, 15, 'c')}\n` },
    });
    repo.git(['notes', '--ref=ai', 'add', '-m', gitAiNote('app.ts', '13-14'), noted], {
      GIT_AUTHOR_NAME: 'n',
      GIT_AUTHOR_EMAIL: 'n@example.com',
      GIT_COMMITTER_NAME: 'n',
      GIT_COMMITTER_EMAIL: 'n@example.com',
    });
    traced = repo.commit('feat: traced', {
      files: {
        'app.ts': `${lines(1, 10, 'a')}\n${lines(11, 12, 'b')}\n${lines(13, 15, 'c')}\n${lines(16, 17, 'd')}\n`,
      },
    });
    const record = {
      version: '0.1.0',
      id: 't',
      timestamp: '2026-01-01T00:00:00Z',
      vcs: { type: 'git', revision: traced },
      tool: { name: 'opencode' },
      files: [
        {
          path: 'app.ts',
          conversations: [
            { contributor: { type: 'ai', model_id: 'qwen3-coder' }, ranges: [{ start_line: 17, end_line: 17 }] },
          ],
        },
      ],
    };
    repo.write('.agent-trace/traces.jsonl', `${JSON.stringify(record)}\n`);
    repo.write(
      'app.ts',
      `${lines(1, 10, 'a')}\n${lines(11, 12, 'b')}\n${lines(13, 15, 'c')}\n${lines(16, 17, 'd')}\nconst wip = 1;\n`,
    );
  });
  after(() => repo.remove());

  it('attributes each line by blame, commit classification, git-ai note and Agent Trace', async () => {
    const result = await runCli(['attribution', 'app.ts', '--format', 'json'], { cwd: repo.dir });
    assert.equal(result.code, 0, result.stderr);
    const origins = (
      JSON.parse(result.stdout) as {
        lines: Array<{
          line: number;
          commit?: string;
          aiAssisted: boolean;
          tools: string[];
          models: string[];
          source: string;
        }>;
      }
    ).lines;
    const at = (line: number) => origins.find((origin) => origin.line === line);
    assert.deepEqual([at(1)?.commit, at(1)?.aiAssisted, at(1)?.source], [human, false, 'commit']);
    assert.deepEqual([at(11)?.commit, at(11)?.aiAssisted, at(11)?.models], [tagged, true, ['gpt-4o']]);
    assert.deepEqual(
      [at(13)?.commit, at(13)?.aiAssisted, at(13)?.tools, at(13)?.source],
      [noted, true, ['cursor'], 'git-ai'],
    );
    assert.deepEqual([at(15)?.aiAssisted, at(15)?.source], [false, 'git-ai']);
    assert.deepEqual([at(16)?.commit, at(16)?.aiAssisted], [traced, true]);
    assert.deepEqual([at(17)?.aiAssisted, at(17)?.models, at(17)?.source], [true, ['qwen3-coder'], 'agent-trace']);
    assert.deepEqual([at(18)?.commit, at(18)?.source], [undefined, 'uncommitted']);
    const table = await runCli(['attribution', 'app.ts'], { cwd: repo.dir });
    assert.match(table.stdout, /\n6 of 18 lines AI-assisted/);
  });

  it('gives provenance for chosen lines, reusing one cache across calls', async () => {
    const cache = new CommitCache(repo.dir);
    const map = await provenanceForLines(repo.dir, 'app.ts', [1, 12, 14, 18, 999], cache);
    assert.deepEqual(map.get(1), { aiAssisted: false, commit: human, tools: [], models: [] });
    assert.equal(map.get(12)?.aiAssisted, true);
    assert.deepEqual(map.get(14)?.tools, ['cursor']);
    assert.equal(map.has(18), false);
    assert.equal(map.has(999), false);
    const again = await provenanceForLines(repo.dir, `${repo.dir}/app.ts`, [12], cache);
    assert.equal(again.get(12)?.commit, tagged);
    assert.equal((await provenanceForLines(repo.dir, 'missing.ts', [1], cache)).size, 0);
  });

  it('counts commits with a git-ai note as AI-assisted in the provenance report', async () => {
    const result = await runCli(['provenance', '--format', 'json'], { cwd: repo.dir });
    const report = JSON.parse(result.stdout) as {
      commits: Array<{ sha: string; aiAssisted: boolean; evidence: string[]; aiLines: number }>;
    };
    const commit = report.commits.find((c) => c.sha === noted);
    assert.equal(commit?.aiAssisted, true);
    assert.equal(commit?.aiLines, 2);
    assert.match(commit?.evidence.join() ?? '', /git-ai: 2 AI line/);
    assert.equal(report.commits.find((c) => c.sha === human)?.aiAssisted, false);
  });
});
