/** What a parser may need beyond the lockfile text. */
export interface ParseOptions {
  /**
   * Reads another file of the project by its path relative to the scanned root (requirements `-r` includes,
   * the package.json next to a v1 package-lock). Returns undefined when the file does not exist.
   */
  readFile?: (relPath: string) => string | undefined;
}
