/**
 * The shape `bulwark hooks install --git` (src/cli/commands/hooks.ts) imports: install the commit-msg hook and
 * return its path. `force` keeps an existing foreign hook as commit-msg.pre-bulwark and runs it first (never
 * deletes it); without it a foreign hook makes this throw with a hint.
 */
import { installCommitMsgHook as install } from './hook.js';

export async function installCommitMsgHook(
  root: string,
  options: { force?: boolean; requireDisclosure?: boolean } = {},
): Promise<string> {
  const result = await install(root, {
    chain: options.force ?? false,
    requireDisclosure: options.requireDisclosure ?? false,
  });
  return result.path;
}
