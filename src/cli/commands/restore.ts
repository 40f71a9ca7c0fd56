import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadVaultKey } from '../../context/keys.js';
import { loadVault, restore } from '../../context/vault.js';
import { configError, usageError } from '../../core/errors.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { emit } from '../output.js';
import { readInput } from './classify.js';

const USAGE = `Usage: bulwark restore [FILE|-] --vault PATH [--output FILE]

Map the [[BLWK:kind:NNNN]] tokens of a text produced by \`bulwark sanitize --mode tokenize --vault PATH\` back to
the original values, byte for byte. The vault is decrypted with the same key that wrote it (env BULWARK_VAULT_KEY,
else ~/.config/bulwark/vault.key). Exit 1 when the text holds tokens the vault does not know.
`;

export const command: Command = {
  name: 'restore',
  summary: 'Map tokenised text back to the original values from the vault',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('restore', argv, {
      vault: { type: 'string' },
      output: { type: 'string', short: 'o' },
    });
    const vaultOption = stringOption(args, 'vault');
    if (!vaultOption) throw usageError('restore: --vault PATH is required');
    if (args.positionals.length > 1) throw usageError('restore: give one FILE (or - for standard input)');
    const vaultPath = resolve(io.cwd, vaultOption);
    if (!existsSync(vaultPath)) throw configError(`vault not found: ${vaultOption}`);
    const vault = await loadVault(vaultPath, await loadVaultKey({ env: io.env }));
    const input = await readInput(io, args.positionals[0]);
    const result = restore(input.text, { vault });
    await emit(io, result.text, stringOption(args, 'output'));
    io.stderr.write(`bulwark restore: ${result.restored} token(s) restored\n`);
    if (result.unknown.length > 0) {
      io.stderr.write(
        `bulwark restore: ${result.unknown.length} token(s) not in this vault: ${result.unknown.slice(0, 5).join(', ')}\n`,
      );
      return 1;
    }
    return 0;
  },
};
