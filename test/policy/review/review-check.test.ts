import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { evaluateReviews, type PullRequestReview } from '../../../src/policy/review/index.js';
import { branchProtectionSection } from '../../../src/policy/sections/branch-protection.js';
import { runCli } from '../../helpers/cli.js';

const HEAD = 'c'.repeat(40);
const OLD = 'a'.repeat(40);
const policy = (overrides = {}) => branchProtectionSection.parse(overrides);

function review(login: string, state: string, at: string, commit = HEAD): PullRequestReview {
  return {
    id: Math.floor(Math.random() * 1e6),
    user: { login },
    state,
    submitted_at: `2026-02-0${at}T10:00:00Z`,
    commit_id: commit,
  };
}

test('enough current approvals satisfy; too few do not', () => {
  const input = { changedPaths: ['src/app.ts'], headSha: HEAD, securityReviewers: [] };
  const ok = evaluateReviews({ ...input, reviews: [review('bob', 'APPROVED', '1')] }, policy());
  assert.equal(ok.satisfied, true, ok.reasons.join());
  const two = evaluateReviews({ ...input, reviews: [review('bob', 'APPROVED', '1')] }, policy({ require_reviews: 2 }));
  assert.equal(two.satisfied, false);
  assert.match(two.reasons.join(), /1 of 2 required approvals/);
});

test('latest review per user counts: a later comment keeps the approval, a later dismissal removes it', () => {
  const input = { changedPaths: ['src/app.ts'], headSha: HEAD, securityReviewers: [] };
  const commented = evaluateReviews(
    { ...input, reviews: [review('bob', 'APPROVED', '1'), review('bob', 'COMMENTED', '2')] },
    policy(),
  );
  assert.equal(commented.satisfied, true);
  const dismissed = evaluateReviews(
    { ...input, reviews: [review('bob', 'APPROVED', '1'), review('bob', 'DISMISSED', '2')] },
    policy(),
  );
  assert.equal(dismissed.satisfied, false);
  const changed = evaluateReviews(
    {
      ...input,
      reviews: [
        review('bob', 'CHANGES_REQUESTED', '1'),
        review('carol', 'APPROVED', '2'),
        review('dave', 'APPROVED', '3'),
      ],
    },
    policy(),
  );
  assert.equal(changed.satisfied, false);
  assert.match(changed.reasons.join(), /bob requested changes/);
  const resolved = evaluateReviews(
    { ...input, reviews: [review('bob', 'CHANGES_REQUESTED', '1'), review('bob', 'APPROVED', '2')] },
    policy(),
  );
  assert.equal(resolved.satisfied, true);
});

test('approvals on an older commit are stale when dismiss_stale_approvals, counted otherwise', () => {
  const input = {
    changedPaths: ['src/app.ts'],
    headSha: HEAD,
    securityReviewers: [],
    reviews: [review('bob', 'APPROVED', '1', OLD)],
  };
  const strict = evaluateReviews(input, policy());
  assert.equal(strict.satisfied, false);
  assert.deepEqual(strict.staleApprovals, ['bob']);
  assert.match(strict.reasons.join(), /stale/);
  assert.equal(evaluateReviews(input, policy({ dismiss_stale_approvals: false })).satisfied, true);
});

test('security paths need an approval from a listed security reviewer', () => {
  const reviews = [review('bob', 'APPROVED', '1')];
  const base = { headSha: HEAD, reviews };
  const missing = evaluateReviews(
    { ...base, changedPaths: ['security/keys.ts', 'src/a.ts'], securityReviewers: ['sec-alice'] },
    policy(),
  );
  assert.equal(missing.satisfied, false);
  assert.match(missing.reasons.join(), /security\/keys\.ts.*security reviewer/);
  const withSec = evaluateReviews(
    {
      ...base,
      reviews: [...reviews, review('Sec-Alice', 'APPROVED', '2')],
      changedPaths: ['security/keys.ts'],
      securityReviewers: ['sec-alice'],
    },
    policy(),
  );
  assert.equal(withSec.satisfied, true, withSec.reasons.join());
  const notSecurity = evaluateReviews(
    { ...base, changedPaths: ['src/security-notes.md'], securityReviewers: [] },
    policy(),
  );
  assert.equal(notSecurity.satisfied, true);
});

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test('review-check CLI: exit 1 with reasons, 0 when satisfied', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-review-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'reviews.json'),
    JSON.stringify([review('bob', 'APPROVED', '1', OLD), review('sec-alice', 'APPROVED', '2')]),
  );
  writeFileSync(join(dir, 'files.json'), JSON.stringify([{ filename: 'security/authz.ts', status: 'modified' }]));
  writeFileSync(
    join(dir, 'commits.json'),
    JSON.stringify([
      { sha: OLD, commit: { committer: { date: '2026-02-01T00:00:00Z' } } },
      { sha: HEAD, commit: { committer: { date: '2026-02-02T00:00:00Z' } } },
    ]),
  );
  writeFileSync(join(dir, 'team.txt'), '# security team\n@sec-alice\n');
  const common = ['review-check', '--reviews', 'reviews.json', '--files', 'files.json', '--commits', 'commits.json'];
  const noTeam = await runCli(common, { cwd: dir });
  assert.equal(noTeam.code, 1);
  assert.match(noTeam.stdout, /security review/);
  const ok = await runCli([...common, '--security-team-file', 'team.txt'], { cwd: dir });
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  writeFileSync(join(dir, 'security-policy.yaml'), 'branch_protection:\n  require_reviews: 2\n');
  const two = await runCli([...common, '--security-reviewers', 'sec-alice'], { cwd: dir });
  assert.equal(two.code, 1);
  assert.match(two.stdout, /1 of 2 required approvals \(stale approvals on an older commit not counted: bob\)/);
  const usage = await runCli(['review-check', '--files', 'files.json'], { cwd: dir });
  assert.equal(usage.code, 2);
});
