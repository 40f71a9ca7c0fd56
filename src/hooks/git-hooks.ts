import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BulwarkError } from '../core/errors.js';
import { tryGit } from '../core/git.js';

export const HOOK_MARKER = '# installed by bulwark';

/** The command a hook runs: this installation's own CLI, falling back to `bulwark` on PATH. */
export function bulwarkInvocation(): string {
  const bin = fileURLToPath(new URL('../../bin/bulwark.js', import.meta.url));
  return `if [ -f "${bin}" ]; then BULWARK="node ${bin}"; else BULWARK="bulwark"; fi`;
}

/** The hooks folder git uses: core.hooksPath (relative to the work tree) or the repository's hooks folder. */
export async function hooksDir(root: string): Promise<string> {
  const configured = (await tryGit(['config', '--get', 'core.hooksPath'], root))?.trim();
  if (configured) return isAbsolute(configured) ? configured : resolve(root, configured);
  const path = (await tryGit(['rev-parse', '--git-path', 'hooks'], root))?.trim();
  if (!path) throw new BulwarkError('usage', `${root} is not a git repository`);
  return resolve(root, path);
}

/**
 * Write a hook script; refuses to overwrite a hook bulwark did not write unless `force`, in which case the old one
 * is kept beside it as <name>.pre-bulwark and chained.
 */
export async function writeHook(root: string, name: string, body: string, force: boolean): Promise<string> {
  const dir = await hooksDir(root);
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  let chain = '';
  if (existsSync(path)) {
    const existing = await readFile(path, 'utf8');
    if (!existing.includes(HOOK_MARKER)) {
      if (!force) {
        throw new BulwarkError('usage', `${path} exists and was not written by bulwark`, {
          hint: `rerun with --force to keep it as ${name}.pre-bulwark and run it first`,
        });
      }
      await writeFile(`${path}.pre-bulwark`, existing);
      await chmod(`${path}.pre-bulwark`, 0o755);
      chain = `"$(dirname "$0")/${name}.pre-bulwark" "$@" || exit $?\n`;
    } else if (existing.includes(`${name}.pre-bulwark`)) {
      chain = `"$(dirname "$0")/${name}.pre-bulwark" "$@" || exit $?\n`;
    }
  }
  await writeFile(path, `#!/bin/sh\n${HOOK_MARKER}\n${chain}${body}`);
  await chmod(path, 0o755);
  return path;
}

/** pre-commit: scan only what is staged; a staged secret (or anything the policy blocks) stops the commit. */
export function preCommitBody(): string {
  return `${bulwarkInvocation()}
$BULWARK scan --staged --no-color || {
  status=$?
  if [ "$status" -eq 1 ]; then
    echo "bulwark: commit blocked. Remove the finding, or record a risk acceptance (bulwark accept)." >&2
  fi
  exit "$status"
}
`;
}
