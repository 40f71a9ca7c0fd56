import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Person {
  name: string;
  email: string;
}

export const JANE: Person = { name: 'Jane Roe', email: 'jane@example.com' };

/** A throwaway git repository for one test file. */
export class TempRepo {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'bulwark-prov-'));
    this.git(['init', '-q', '-b', 'main']);
  }

  git(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      input,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir, ...env },
    });
  }

  write(path: string, text: string): void {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), text);
  }

  /** Commit (files written first, if any) and return the full sha. */
  commit(
    message: string,
    options: { author?: Person; committer?: Person; files?: Record<string, string> } = {},
  ): string {
    const author = options.author ?? JANE;
    const committer = options.committer ?? author;
    for (const [path, text] of Object.entries(options.files ?? {})) this.write(path, text);
    this.git(['add', '-A']);
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
    };
    this.git(['commit', '-q', '--allow-empty', '--no-verify', '--cleanup=verbatim', '-F', '-'], env, message);
    return this.git(['rev-parse', 'HEAD']).trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
