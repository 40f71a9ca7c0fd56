import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { configError } from '../core/errors.js';
import { bulwarkInvocation, hooksDir } from '../hooks/git-hooks.js';

/** Marks hooks written by Bulwark, so reinstalling updates them instead of refusing. */
export const HOOK_MARKER = '# bulwark:commit-msg';
/** Where an existing foreign hook is moved when chaining; the Bulwark hook runs it first. */
export const CHAINED_SUFFIX = '.pre-bulwark';

export interface HookInstallOptions {
  /** Add --require-disclosure to the hook's command. */
  requireDisclosure?: boolean;
  /** Keep an existing non-Bulwark hook by moving it to commit-msg.pre-bulwark and running it first. */
  chain?: boolean;
}

export interface HookInstallResult {
  path: string;
  action: 'created' | 'updated' | 'chained' | 'unchanged';
}

function hookScript(options: HookInstallOptions, chained: string | undefined): string {
  const flags = options.requireDisclosure ? ' --require-disclosure' : '';
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (installed by \`bulwark hooks install --git\`; validates the [ai-assisted: model] tag)`,
    ...(chained ? [`"${chained}" "$@" || exit $?`] : []),
    bulwarkInvocation(),
    `exec $BULWARK commit-msg "$1"${flags}`,
    '',
  ].join('\n');
}

/**
 * Write the commit-msg hook (respecting core.hooksPath). An existing Bulwark hook is updated; an existing foreign
 * hook is never overwritten: with `chain` it is moved aside and run first, otherwise this throws with a hint.
 */
export async function installCommitMsgHook(root: string, options: HookInstallOptions = {}): Promise<HookInstallResult> {
  const dir = await hooksDir(root);
  const path = join(dir, 'commit-msg');
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  let chained: string | undefined;
  let action: HookInstallResult['action'] = 'created';
  if (existing?.includes(HOOK_MARKER)) {
    chained = /^"(.+\.pre-bulwark)" "\$@"/m.exec(existing)?.[1];
    action = 'updated';
  } else if (existing !== undefined) {
    if (!options.chain) {
      throw configError(
        `${path} already exists and was not written by bulwark; refusing to overwrite it`,
        'rerun with --chain to keep it and run it before bulwark, or add `bulwark commit-msg "$1"` to it yourself',
      );
    }
    chained = `${path}${CHAINED_SUFFIX}`;
    await rename(path, chained);
    action = 'chained';
  }
  const script = hookScript(options, chained);
  if (existing === script) return { path, action: 'unchanged' };
  await mkdir(dir, { recursive: true });
  await writeFile(path, script, 'utf8');
  await chmod(path, 0o755);
  return { path, action };
}
