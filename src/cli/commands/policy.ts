import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { policyJsonSchema } from '../../policy/json-schema.js';
import { defaultPolicy, loadPolicy } from '../../policy/load.js';
import { boolOption, parseCommandArgs, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { emit } from '../output.js';

const USAGE = `Usage: bulwark policy [check] [PATH] [--policy FILE]
       bulwark policy --schema [--output FILE]
       bulwark policy --defaults

check      validate PATH/security-policy.yaml (or --policy FILE); exit 2 naming the key and line of each error
--schema   print the JSON Schema of the policy (for editors: # yaml-language-server: $schema=...)
--defaults print the default policy, used when no file exists
`;

export const command: Command = {
  name: 'policy',
  summary: 'Validate the policy or print its schema',
  usage: USAGE,
  async run(argv, io) {
    const args = parseCommandArgs('policy', argv, {
      schema: { type: 'boolean' },
      defaults: { type: 'boolean' },
      policy: { type: 'string' },
      output: { type: 'string', short: 'o' },
    });
    if (boolOption(args, 'schema')) {
      await emit(io, `${JSON.stringify(policyJsonSchema(), null, 2)}\n`, stringOption(args, 'output'));
      return 0;
    }
    if (boolOption(args, 'defaults')) {
      await emit(io, stringify(defaultPolicy()), stringOption(args, 'output'));
      return 0;
    }
    const positionals = args.positionals[0] === 'check' ? args.positionals.slice(1) : args.positionals;
    const root = resolve(io.cwd, positionals[0] ?? '.');
    const explicit = stringOption(args, 'policy');
    const loaded = await loadPolicy(root, explicit ? resolve(io.cwd, explicit) : undefined);
    io.stdout.write(
      loaded.path ? `policy ok: ${loaded.path}\n` : 'no security-policy.yaml: the built-in defaults apply\n',
    );
    return 0;
  },
};
