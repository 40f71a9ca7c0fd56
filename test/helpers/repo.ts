import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary folder with files; `git: true` makes it a repository with a fixed identity. */
export function tempTree(files: Record<string, string | Buffer>, options: { git?: boolean } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'bulwark-test-'));
  writeFiles(root, files);
  if (options.git) {
    run(root, ['init', '-q', '-b', 'main']);
    run(root, ['config', 'user.name', 'Test User']);
    run(root, ['config', 'user.email', 'test@example.com']);
    run(root, ['config', 'commit.gpgsign', 'false']);
  }
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function run(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

export function commitAll(root: string, message: string): string {
  run(root, ['add', '-A']);
  run(root, ['commit', '-q', '--no-verify', '--allow-empty', '-m', message]);
  return run(root, ['rev-parse', 'HEAD']).trim();
}
