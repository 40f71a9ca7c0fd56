import type { Command } from './command.js';

/**
 * Every command, loaded lazily so `bulwark scan --staged` pays only for what it uses.
 * A new command is one file in ./commands exporting `command`, plus one line here.
 */
export const COMMANDS: Record<string, { summary: string; file: string }> = {
  scan: { summary: 'Scan a tree, staged change, diff, history or stdin and apply the policy gate', file: 'scan' },
  baseline: { summary: 'Record current findings so only new ones count', file: 'baseline' },
  policy: { summary: 'Validate security-policy.yaml or print its JSON Schema', file: 'policy' },
  hooks: { summary: 'Install git hooks or AI coding agent hooks', file: 'hooks' },
  rules: { summary: 'List the rules of every scanner', file: 'rules' },
  db: { summary: 'Import or update the offline advisory database', file: 'db' },
  sbom: { summary: 'Write a CycloneDX 1.6 or SPDX 2.3 software bill of materials', file: 'sbom' },
  deps: { summary: 'Verify new dependencies or plan upgrades that clear vulnerabilities', file: 'deps' },
  classify: { summary: 'Classify text for AI context: safe, requires sanitisation or never include', file: 'classify' },
  sanitize: { summary: 'Redact, mask, hash or tokenise sensitive values before text reaches an AI', file: 'sanitize' },
  restore: { summary: 'Map tokenised text back to the original values from the vault', file: 'restore' },
  'agent-hook': { summary: 'Hook entry point an AI coding agent calls (reads its JSON on stdin)', file: 'agent-hook' },
  mcp: { summary: 'Run the MCP server over stdio', file: 'mcp' },
  provenance: { summary: 'Report which commits and lines are AI-assisted', file: 'provenance' },
  attribution: { summary: "Each line's origin in a file: human or AI-assisted", file: 'attribution' },
  ledger: { summary: 'Append to, list, verify or export the ledger of AI interactions', file: 'ledger' },
  'commit-msg': { summary: 'Validate and normalise the AI-assistance tag of a commit message', file: 'commit-msg' },
  accept: { summary: 'Record a risk acceptance with an approver and an expiry', file: 'accept' },
  acceptances: { summary: 'List risk acceptances, expiring ones and SLA breaches', file: 'acceptances' },
  'review-check': { summary: "Check a pull request's reviews against branch_protection", file: 'review-check' },
};

export async function loadCommand(name: string): Promise<Command | undefined> {
  const entry = COMMANDS[name];
  if (!entry) return undefined;
  const module = (await import(`./commands/${entry.file}.js`)) as { command: Command };
  return module.command;
}
