import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { configError, usageError } from '../../core/errors.js';
import { loadPolicy } from '../../policy/load.js';
import {
  commitsSchema,
  evaluateReviews,
  filesSchema,
  headOfCommits,
  reviewsSchema,
} from '../../policy/review/index.js';
import { listOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';

const USAGE = `Usage: bulwark review-check --reviews FILE (--files FILE | --changed PATH...) [--head SHA | --commits FILE]
         [--security-reviewers LOGIN,... | --security-team-file FILE] [--policy FILE] [--format text|json]

Check a pull request's reviews against branch_protection in security-policy.yaml:
  require_reviews             approvals needed (latest review per user counts; COMMENTED does not change it)
  dismiss_stale_approvals     approvals on a commit other than the head do not count (needs --head or --commits)
  require_security_review_on  changed paths matching this glob need an approval from a security reviewer
A CHANGES_REQUESTED review blocks. --reviews is GitHub's GET /pulls/{n}/reviews JSON; --files is GET /pulls/{n}/files
JSON or one path per line; --commits is GET /pulls/{n}/commits JSON (the head is the latest). The security team file
has one login per line (# comments) or a JSON array. Exit 0 when satisfied, 1 with the reasons otherwise.
`;

async function readJson<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw configError(`review-check: cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw configError(
      `review-check: ${what} ${path} is not in the expected shape: ${issue?.message ?? ''} (at ${issue?.path.join('.') ?? ''})`,
    );
  }
  return result.data;
}

async function readList(path: string, what: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw configError(`review-check: cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  if (text.trimStart().startsWith('[')) {
    const items = await readJson(path, filesSchema, what);
    return items.map((item) => (typeof item === 'string' ? item : item.filename));
  }
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export const command: Command = {
  name: 'review-check',
  summary: "Check a pull request's reviews against branch_protection",
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('review-check', argv, {
      reviews: { type: 'string' },
      files: { type: 'string' },
      changed: { type: 'string', multiple: true },
      head: { type: 'string' },
      commits: { type: 'string' },
      'security-reviewers': { type: 'string', multiple: true },
      'security-team-file': { type: 'string' },
      policy: { type: 'string' },
      root: { type: 'string' },
      format: { type: 'string' },
    });
    const reviewsPath = stringOption(args, 'reviews');
    if (!reviewsPath) throw usageError('review-check: --reviews FILE is required');
    const filesPath = stringOption(args, 'files');
    const changedArgs = [...listOption(args, 'changed'), ...args.positionals];
    if (!filesPath && changedArgs.length === 0) throw usageError('review-check: give --files FILE or --changed PATH');
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw usageError(`review-check: --format must be text or json, got '${format}'`);
    const root = resolve(io.cwd, stringOption(args, 'root') ?? '.');
    const at = (path: string) => resolve(io.cwd, path);

    const policyPath = stringOption(args, 'policy');
    const { policy } = await loadPolicy(root, policyPath === undefined ? undefined : at(policyPath));
    const reviews = await readJson(at(reviewsPath), reviewsSchema, 'reviews');
    const changedPaths = [...changedArgs, ...(filesPath ? await readList(at(filesPath), 'files') : [])];
    const commitsPath = stringOption(args, 'commits');
    const headSha =
      stringOption(args, 'head') ??
      (commitsPath ? headOfCommits(await readJson(at(commitsPath), commitsSchema, 'commits')) : undefined);
    const teamFile = stringOption(args, 'security-team-file');
    const securityReviewers = [
      ...listOption(args, 'security-reviewers').flatMap((value) => value.split(',')),
      ...(teamFile ? await readList(at(teamFile), 'security team file') : []),
    ]
      .map((login) => login.trim().replace(/^@/, ''))
      .filter(Boolean);

    const result = evaluateReviews({ reviews, changedPaths, headSha, securityReviewers }, policy.branch_protection);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else if (result.satisfied) {
      io.stdout.write(
        `review-check: satisfied (${result.approvals.length} approvals${result.securityPaths.length > 0 ? `, security review by ${result.securityApprovals.join(', ')}` : ''})\n`,
      );
    } else {
      io.stdout.write('review-check: not satisfied\n');
      for (const reason of result.reasons) io.stdout.write(`  - ${reason}\n`);
    }
    if (!headSha && policy.branch_protection.dismiss_stale_approvals && format === 'text') {
      io.stderr.write('review-check: no --head or --commits given: stale approvals cannot be detected\n');
    }
    return result.satisfied ? 0 : 1;
  },
};
