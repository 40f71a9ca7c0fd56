import type { Readable, Writable } from 'node:stream';

/** What a command may touch: streams, the working folder and the environment. Tests pass their own. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * One CLI command. `run` returns the exit code: 0 nothing blocks / success, 1 something blocks / check failed,
 * 2 usage, configuration or internal error (throw a BulwarkError for those and main prints it).
 */
export interface Command {
  name: string;
  summary: string;
  /** Full help text shown by `bulwark help NAME` and `bulwark NAME --help`. */
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}
