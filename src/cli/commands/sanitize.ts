import { resolve } from 'node:path';
import { loadHashKey, loadVaultKey } from '../../context/keys.js';
import { loadContextPolicy } from '../../context/load-policy.js';
import { sanitize } from '../../context/sanitize.js';
import { SANITIZE_MODES, type SanitizeMode } from '../../context/types.js';
import { loadVault, saveVault } from '../../context/vault.js';
import { usageError } from '../../core/errors.js';
import { parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { emit } from '../output.js';
import { readInput } from './classify.js';

const USAGE = `Usage: bulwark sanitize [FILE|-] [--mode redact|mask|hash|tokenize] [--vault PATH] [--output FILE] [--policy FILE]

Replace secrets, personal data, internal hosts/IPs, cloud ids and connection strings before text reaches an AI.
The sanitised text goes to stdout (or --output); a summary of replacements goes to stderr.
Lines are kept (a PEM key keeps its BEGIN/END lines), and JSON/YAML stay parseable (scalars are quoted when needed).

Modes (default: policy ai_context.default_mode, else redact; ai_context.operators set a mode per kind):
  redact    [REDACTED:email]
  mask      same length, first/last characters kept: al*************om
  hash      [HASH:email:3f2a9c1d], keyed HMAC-SHA256: equal values give equal tokens
  tokenize  [[BLWK:email:0001]], reversible with \`bulwark restore --vault PATH\`; needs --vault

Keys (never stored in the repository):
  vault key  env BULWARK_VAULT_KEY (base64 of 32 bytes), else the key file ~/.config/bulwark/vault.key
             (or env BULWARK_VAULT_KEY_FILE), created with mode 0600 on first use. The vault file is AES-256-GCM.
  hash key   env BULWARK_CONTEXT_KEY, else derived from the vault key.
`;

export const command: Command = {
  name: 'sanitize',
  summary: 'Redact, mask, hash or tokenise sensitive values before text reaches an AI',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('sanitize', argv, {
      mode: { type: 'string', short: 'm' },
      vault: { type: 'string' },
      output: { type: 'string', short: 'o' },
      policy: { type: 'string' },
    });
    const modeText = stringOption(args, 'mode');
    if (modeText !== undefined && !SANITIZE_MODES.includes(modeText as SanitizeMode)) {
      throw usageError(`sanitize: unknown --mode '${modeText}' (${SANITIZE_MODES.join(', ')})`);
    }
    if (args.positionals.length > 1) throw usageError('sanitize: give one FILE (or - for standard input)');
    const policy = await loadContextPolicy(io.cwd, stringOption(args, 'policy'));
    const vaultOption = stringOption(args, 'vault');
    const vaultPath = vaultOption === undefined ? undefined : resolve(io.cwd, vaultOption);
    const configured = policy.ai_context?.operators ?? {};
    const mode = (modeText as SanitizeMode | undefined) ?? policy.ai_context?.default_mode ?? 'redact';
    const usesTokens = mode === 'tokenize' || Object.values(configured).includes('tokenize');
    const usesHash = mode === 'hash' || Object.values(configured).includes('hash');
    if (usesTokens && !vaultPath) {
      throw usageError('sanitize: tokenize mode needs --vault PATH (where the encrypted token map is kept)');
    }
    const input = await readInput(io, args.positionals[0]);
    const sources = { env: io.env };
    const vaultKey = usesTokens ? await loadVaultKey(sources) : undefined;
    const vault = vaultKey && vaultPath ? await loadVault(vaultPath, vaultKey) : undefined;
    const key = usesHash ? await loadHashKey(sources) : undefined;
    const result = sanitize(input.text, { mode, policy, path: input.path, vault, key, env: io.env });
    if (vaultKey && vaultPath && result.vault) await saveVault(vaultPath, result.vault, vaultKey);
    await emit(io, result.text, stringOption(args, 'output'));

    const counts = new Map<string, number>();
    for (const replacement of result.replacements)
      counts.set(replacement.kind, (counts.get(replacement.kind) ?? 0) + 1);
    const summary = [...counts].map(([kind, count]) => `${kind} ${count}`).join(', ');
    io.stderr.write(
      `bulwark sanitize: ${result.replacements.length} replacement(s)${summary ? ` (${summary})` : ''}, mode ${mode}` +
        `${vaultPath && result.vault ? `, vault ${vaultOption}` : ''}\n`,
    );
    return 0;
  },
};
