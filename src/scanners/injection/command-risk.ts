import type { Severity } from '../../core/finding.js';
import { SIGNALS } from './instruction-patterns.js';

/** What a command line in agent configuration does that deserves review. */
export interface CommandRisk {
  severity: Severity;
  reasons: string[];
  rule: 'agentCommand' | 'unpinnedPackage';
}

const DOWNLOAD_EXEC = SIGNALS.find((def) => def.kind === 'download-exec')?.patterns ?? [];
const NETWORK =
  /\b(?:curl|wget|nc|ncat|netcat|socat|telnet|ssh|scp|rsync|ftp|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|fetch\(|requests\.(?:get|post)|urllib|http\.request|https?:\/\/|\/dev\/tcp\/)/i;
const SECRET_READ =
  /~\/\.ssh|\.ssh\/|id_rsa|id_ed25519|(?:^|[\s/'"])\.env(?:\.\w+)?\b|\.aws\/credentials|\.npmrc|\.netrc|\.git-credentials|\bprintenv\b|(?:^|[;&|]\s*)env\s*(?:$|[|>])|\$\{?[A-Z_]*(?:TOKEN|SECRET|KEY|PASSWORD|PASS|CREDENTIALS)[A-Z_]*\}?|security\s+find-(?:generic|internet)-password|\/etc\/shadow|keychain/i;
const RUNNER = /(?:^|[\s;&|(])(?:npx|bunx|pnpx|uvx|pipx\s+run|pnpm\s+dlx|yarn\s+dlx|npm\s+exec)\s+(.*)$/;

function unpinnedPackage(command: string): string | undefined {
  const runner = RUNNER.exec(command);
  if (!runner) return undefined;
  const words = (runner[1] ?? '').split(/\s+/).filter((word) => word.length > 0);
  const spec = words.find((word) => !word.startsWith('-') && word !== '--');
  if (!spec) return undefined;
  if (/^(?:\.|\/|~)/.test(spec)) return undefined;
  const versioned = /^(@[^/@]+\/[^@]+|[^@]+)@(.+)$/.exec(spec);
  if (!versioned) return `${spec} (no version)`;
  const version = versioned[2] ?? '';
  if (/^(?:latest|next|canary|beta|\*|x)$/i.test(version) || /^[~^><]/.test(version))
    return `${spec} (floating version)`;
  return undefined;
}

export function assessCommand(command: string): CommandRisk | undefined {
  const reasons: string[] = [];
  const downloadsAndRuns = DOWNLOAD_EXEC.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(command);
  });
  const network = NETWORK.test(command);
  const secrets = SECRET_READ.test(command);
  if (downloadsAndRuns) reasons.push('downloads and executes remote code');
  if (network) reasons.push('reaches the network');
  if (secrets) reasons.push('reads secrets or credential files');
  if (downloadsAndRuns || (network && secrets)) return { severity: 'critical', reasons, rule: 'agentCommand' };
  if (network || secrets) return { severity: 'high', reasons, rule: 'agentCommand' };
  const unpinned = unpinnedPackage(command);
  if (unpinned) {
    const floating = unpinned.endsWith('(floating version)');
    return {
      severity: floating ? 'medium' : 'low',
      reasons: [`runs ${unpinned} fetched from a registry at every start`],
      rule: 'unpinnedPackage',
    };
  }
  return undefined;
}
