import { z } from 'zod';

/** A pull request review as GET /repos/{o}/{r}/pulls/{n}/reviews returns it (fields we need; others ignored). */
export const reviewSchema = z
  .object({
    id: z.union([z.number(), z.string()]).optional(),
    user: z.object({ login: z.string() }).loose().nullable(),
    state: z.string(),
    submitted_at: z.string().nullable().optional(),
    commit_id: z.string().nullable().optional(),
  })
  .loose();

export const reviewsSchema = z.array(reviewSchema);
export type PullRequestReview = z.infer<typeof reviewSchema>;

/** GET /pulls/{n}/commits entries (oldest first), or plain shas. */
export const commitsSchema = z.array(
  z.union([
    z.string(),
    z
      .object({
        sha: z.string(),
        commit: z
          .object({ committer: z.object({ date: z.string() }).loose().optional() })
          .loose()
          .optional(),
      })
      .loose(),
  ]),
);

/** GET /pulls/{n}/files entries, or plain paths. */
export const filesSchema = z.array(z.union([z.string(), z.object({ filename: z.string() }).loose()]));

/** The head commit: the latest by committer date when dates are given, else the last listed. */
export function headOfCommits(commits: z.infer<typeof commitsSchema>): string | undefined {
  let head: { sha: string; date: string } | undefined;
  for (const commit of commits) {
    const sha = typeof commit === 'string' ? commit : commit.sha;
    const date = typeof commit === 'string' ? '' : (commit.commit?.committer?.date ?? '');
    if (!head || date >= head.date) head = { sha, date };
  }
  return head?.sha;
}
