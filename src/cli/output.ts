import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from './command.js';

/** Colour only on a terminal, and never when NO_COLOR is set or --no-color is given. */
export function useColor(io: Io, disabled: boolean): boolean {
  return !disabled && io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}

/** Write a report to --output (relative to the working folder) or to stdout. */
export async function emit(io: Io, text: string, output: string | undefined): Promise<void> {
  if (output) await writeFile(resolve(io.cwd, output), text);
  else io.stdout.write(text);
}

/** Read all of standard input as UTF-8. */
export async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A progress line on stderr for scans that take longer than about two seconds (terminal only). */
export function progressReporter(io: Io): { update(text: string): void; done(): void } {
  if (io.stderr.isTTY !== true) return { update() {}, done() {} };
  const started = Date.now();
  let shown = false;
  return {
    update(text) {
      if (Date.now() - started < 2000) return;
      shown = true;
      io.stderr.write(`\r\u001b[2K${text}`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}
