import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { BulwarkError } from './errors.js';

const MAX_BUFFER = 512 * 1024 * 1024;

/** Run git with arguments (never through a shell) and return stdout. Throws a BulwarkError('git') on failure. */
export function git(args: readonly string[], cwd: string, input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.trim().split('\n')[0] || error.message;
          reject(new BulwarkError('git', `git ${args[0] ?? ''} failed: ${detail}`));
        } else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Like `git` but returns undefined instead of throwing (for probes such as "is this a repository?"). */
export async function tryGit(args: readonly string[], cwd: string): Promise<string | undefined> {
  try {
    return await git(args, cwd);
  } catch {
    return undefined;
  }
}

/** Stream git's stdout line by line with bounded memory (long histories). */
export async function* gitLines(args: readonly string[], cwd: string): AsyncGenerator<string> {
  const child = spawn('git', [...args], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data: string) => {
    if (stderr.length < 4096) stderr += data;
  });
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const lines = createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) yield line;
  const code = await exited;
  if (code !== 0) {
    throw new BulwarkError('git', `git ${args[0] ?? ''} failed: ${stderr.trim().split('\n')[0] ?? `exit ${code}`}`);
  }
}

/**
 * Whether git could find a repository from `cwd`: a `.git` folder or file there or above, or GIT_DIR set. When not,
 * asking git (a process start, tens of milliseconds) is skipped.
 */
export function mayBeInRepository(cwd: string): boolean {
  if (process.env.GIT_DIR) return true;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** The repository's top folder, or undefined when `cwd` is not inside a git work tree. */
export async function repositoryRoot(cwd: string): Promise<string | undefined> {
  if (!mayBeInRepository(cwd)) return undefined;
  return (await tryGit(['rev-parse', '--show-toplevel'], cwd))?.trim();
}
