/** Collects the added lines of a `git diff -U0` / `git log -p -U0` stream, file by file. */

export interface AddedLines {
  path: string;
  /** Real line numbers in the new file, in order. */
  lineNumbers: number[];
  lines: string[];
  binary: boolean;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * A push parser: feed it lines; it calls `emit` for each file whose added lines are complete. Memory is bounded by
 * one file's added lines.
 */
export class AddedLineCollector {
  private current: AddedLines | undefined;
  private nextLine = 0;
  private inHunk = false;

  constructor(private readonly emit: (file: AddedLines) => void) {}

  push(line: string): void {
    if (line.startsWith('diff --git ')) {
      this.flush();
      this.inHunk = false;
      // Path is settled by the +++ line; keep the b/ side as a fallback for binary files and pure renames.
      const match = / b\/(.*)$/.exec(line);
      this.current = { path: match?.[1] ?? '', lineNumbers: [], lines: [], binary: false };
      return;
    }
    const current = this.current;
    if (!current) return;
    if (!this.inHunk && line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') this.current = undefined;
      else current.path = target.startsWith('b/') ? target.slice(2) : target;
      return;
    }
    if (!this.inHunk && line.startsWith('Binary files ')) {
      current.binary = true;
      return;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      this.nextLine = Number(hunk[1]);
      this.inHunk = true;
      return;
    }
    if (this.inHunk && line.startsWith('+')) {
      current.lineNumbers.push(this.nextLine++);
      current.lines.push(line.slice(1));
    }
  }

  flush(): void {
    if (this.current && (this.current.lines.length > 0 || this.current.binary)) this.emit(this.current);
    this.current = undefined;
  }
}

export function parseAddedLines(diff: string): AddedLines[] {
  const files: AddedLines[] = [];
  const collector = new AddedLineCollector((file) => files.push(file));
  for (const line of diff.split('\n')) collector.push(line);
  collector.flush();
  return files;
}
