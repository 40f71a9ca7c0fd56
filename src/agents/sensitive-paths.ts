import picomatch from 'picomatch';
import { aiContextOf, type HasAiContext } from '../context/policy.js';

/** Credential files an agent must never read, on top of the policy's ai_context.never_include_globs. */
export const ALWAYS_NEVER_INCLUDE: readonly string[] = [
  '.env',
  '.env.*',
  '*.pem',
  '*.key',
  '*.p12',
  '*.pfx',
  '*.jks',
  '*.keystore',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519',
  '.netrc',
  '.npmrc',
  '.pypirc',
  '.git-credentials',
  'credentials',
  'credentials.json',
  '**/.aws/credentials',
  '**/.ssh/*',
  '**/.docker/config.json',
  '**/.kube/config',
  'service-account*.json',
];
const PUBLIC_OR_TEMPLATE = /\.(?:pub|example|sample|template|dist)$/i;

/** The glob a path matches among never-include globs (a glob without "/" matches the file name anywhere). */
export function neverIncludeGlob(path: string, policy?: HasAiContext): string | undefined {
  const normalised = path.replace(/\\/g, '/');
  const base = normalised.slice(normalised.lastIndexOf('/') + 1);
  if (PUBLIC_OR_TEMPLATE.test(base)) return undefined;
  const globs = [...new Set([...ALWAYS_NEVER_INCLUDE, ...aiContextOf(policy).never_include_globs])];
  return globs.find((glob) =>
    glob.includes('/')
      ? picomatch(glob, { dot: true })(normalised.replace(/^\/+/, '')) || picomatch(glob, { dot: true })(normalised)
      : picomatch(glob, { dot: true })(base),
  );
}

/** Paths a shell command names that are never-include files (cat .env, cp ~/.ssh/id_rsa ...). */
export function neverIncludePathsInCommand(command: string, policy?: HasAiContext): string[] {
  const words = command.split(/[\s;|&<>()'"`=]+/).filter((word) => word.length > 0 && !word.startsWith('-'));
  return words.filter((word) => neverIncludeGlob(word.replace(/^~\//, ''), policy) !== undefined);
}
