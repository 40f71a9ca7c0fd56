import type { Finding } from '../../../core/finding.js';
import { makeFinding } from '../../../core/make-finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import {
  child,
  children,
  dottedName,
  isFunctionNode,
  keyName,
  type Node,
  propertyName,
  stringLiteral,
  text,
  unwrap,
  walk,
} from './ast.js';
import { nodeCode, nodeLine, nodeLocation } from './location.js';
import { PATTERN_RULES } from './rules.js';
import { optionOf } from './sinks.js';
import type { FileInfo } from './values.js';

const SECRET_NAME =
  /passw(or)?d|passwd|pwd|secret|api_?key|apikey|access_?key|auth_?token|private_?key|client_?secret|credentials?$/i;
const NOT_SECRET_NAME =
  /(field|label|message|msg|placeholder|prompt|error|hint|name|type|header|param|path|url|uri|regex|pattern|policy|hash|hashed|column|input|selector|route|endpoint|min|max|length|confirm|env|var|key_?name|id|file|length|rounds|salt_?rounds|strength|reset|visible|shown|required|valid|changed|expires|expiry|at|version)$/i;
const TOKEN_NAME =
  /token|secret|passw|session|nonce|salt|otp|api_?key|apikey|uuid|guid|(^|[^a-z])id$|Id$|code$|reset|csrf|auth|invite|verif|ticket|coupon|voucher/i;
const HARMLESS_RANDOM =
  /color|colour|delay|jitter|index|idx|shuffle|sample|pick|offset|retry|backoff|timeout|animation|position|width|height|opacity|angle|speed|chance|probability|percent|temp|demo|mock|fake|test|placeholder|avatar|quote|greeting|item|element/i;
const KNOWN_PREFIX =
  /^(sk_|pk_|rk_|ghp_|gho_|ghs_|github_pat_|glpat-|xox[bpars]-|AKIA|ASIA|AIza|ya29\.|npm_|eyJ|-----BEGIN|SG\.|shpat_|sk-)/;

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let result = 0;
  for (const count of counts.values()) result -= (count / value.length) * Math.log2(count / value.length);
  return result;
}

/** A literal a person typed as a password/secret (not a real generated token: that is the secrets scanner's job). */
function isHumanCredential(value: string): boolean {
  if (value.length < 4 || value.length > 64) return false;
  if (KNOWN_PREFIX.test(value) || (value.length >= 20 && entropy(value) >= 3.8)) return false;
  if (/^[A-Z][A-Z0-9_]+$/.test(value) || /^(https?:|\/|\.\/|\$\{|<|\{\{|%)/.test(value)) return false;
  if (/^(password|secret|token|pass|pwd|string|text|hidden|required|null|undefined|none|\*+|x+|\.+)$/i.test(value))
    return false;
  if (value.trim().split(/\s+/).length >= 3 || /[.!?:]$/.test(value)) return false;
  // kebab-case words ('never-include', 'read-only') are mode and kind names, not passwords.
  if (/^[a-z]+(?:-[a-z]+)+$/.test(value)) return false;
  return true;
}

function nameOf(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === 'Identifier') return text(inner, 'name');
  if (inner.type === 'MemberExpression') return propertyName(inner);
  return undefined;
}

/** The name a value is stored under: the variable, property or function it ends up in. */
function receivingName(parents: readonly Node[]): string | undefined {
  for (let index = parents.length - 1; index >= 0; index--) {
    const parent = parents[index];
    if (!parent) continue;
    if (parent.type === 'VariableDeclarator') return nameOf(child(parent, 'id'));
    if (parent.type === 'AssignmentExpression') return nameOf(child(parent, 'left'));
    if (parent.type === 'Property') return keyName(parent);
    if (isFunctionNode(parent)) {
      const own = text(child(parent, 'id') ?? parent, 'name');
      const holder = parents[index - 1];
      return (
        own ??
        (holder?.type === 'VariableDeclarator'
          ? nameOf(child(holder, 'id'))
          : holder?.type === 'Property' || holder?.type === 'MethodDefinition'
            ? keyName(holder)
            : undefined)
      );
    }
  }
  return undefined;
}

function enclosingFunction(parents: readonly Node[]): Node | undefined {
  for (let index = parents.length - 1; index >= 0; index--) {
    const parent = parents[index];
    if (parent && isFunctionNode(parent)) return parent;
  }
  return parents[0];
}

/** Rules that look at one call, property or literal. */
export function findPatternIssues(file: FileInfo, program: Node): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report = (rule: RuleMeta, node: Node, message: string) => {
    const key = `${rule.id}:${node.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(
      makeFinding({
        rule,
        scanner: 'sast',
        location: nodeLocation(file, node),
        snippet: nodeLine(file, node),
        matchedContent: `${rule.id} ${nodeCode(file, node)}`,
        message,
      }),
    );
  };
  const scopeText = (parents: readonly Node[]) => {
    const scope = enclosingFunction(parents) ?? program;
    return file.source.slice(scope.start, scope.end);
  };
  const checkCredential = (name: string | undefined, valueNode: Node | undefined, at: Node) => {
    if (!name || !valueNode || !SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return;
    // `'redact' as const` is a literal type (an enum member), not a credential.
    if (/\bas\s+const\s*$/.test(file.source.slice(valueNode.start, valueNode.end))) return;
    let inner = unwrap(valueNode);
    if (inner.type === 'LogicalExpression' && (inner.operator === '||' || inner.operator === '??'))
      inner = unwrap(child(inner, 'right') ?? inner);
    const value = stringLiteral(inner);
    if (value !== undefined && isHumanCredential(value))
      report(PATTERN_RULES.hardcodedCredentials, at, `Hard-coded credential in \`${name}\`.`);
  };

  walk(program, (node, parents) => {
    if (node.type === 'VariableDeclarator') checkCredential(nameOf(child(node, 'id')), child(node, 'init'), node);
    if (node.type === 'Property' && !node.computed) {
      const key = keyName(node);
      checkCredential(key, child(node, 'value'), node);
      const value = child(node, 'value');
      if (key === 'rejectUnauthorized' && value && unwrap(value).type === 'Literal' && unwrap(value).value === false) {
        report(
          PATTERN_RULES.tlsDisabled,
          node,
          'TLS certificate verification is disabled (rejectUnauthorized: false).',
        );
      }
    }
    if (node.type === 'AssignmentExpression') {
      const target = dottedName(child(node, 'left') ?? node) ?? '';
      const right = child(node, 'right');
      if (target === 'process.env.NODE_TLS_REJECT_UNAUTHORIZED' && right && String(unwrap(right).value) === '0') {
        report(
          PATTERN_RULES.tlsDisabled,
          node,
          'NODE_TLS_REJECT_UNAUTHORIZED=0 disables TLS verification for the whole process.',
        );
      }
      checkCredential(nameOf(child(node, 'left')), right, node);
    }
    if (node.type === 'CallExpression' || node.type === 'NewExpression') checkCall(node, parents);
    return undefined;
  });

  function checkCall(node: Node, parents: readonly Node[]): void {
    const callee = unwrap(child(node, 'callee') ?? node);
    const dotted = dottedName(callee) ?? '';
    const name = callee.type === 'MemberExpression' ? (propertyName(callee) ?? '') : (text(callee, 'name') ?? '');
    const args = children(node, 'arguments');
    const first = stringLiteral(args[0]);
    if (name === 'createHash' && first && /^(md5|sha1|md4)$/i.test(first) && /passw|pwd/i.test(scopeText(parents))) {
      report(PATTERN_RULES.weakPasswordHash, node, `Passwords hashed with ${first.toUpperCase()}.`);
    }
    if (dotted === 'Math.random') {
      const holder = receivingName(parents);
      if (holder && TOKEN_NAME.test(holder) && !HARMLESS_RANDOM.test(holder))
        report(PATTERN_RULES.insecureRandom, node, `Math.random() used for \`${holder}\`.`);
    }
    if (/^create(De)?[Cc]ipher(iv)?$/.test(name)) {
      if (name === 'createCipher' || name === 'createDecipher')
        report(PATTERN_RULES.weakCipher, node, `${name}() derives the key and IV without salt (deprecated).`);
      else if (first && /(^|-)(des|rc4|rc2|bf|blowfish|cast)|ecb/i.test(first))
        report(PATTERN_RULES.weakCipher, node, `Weak cipher or mode: ${first}.`);
      else if (args[2] && isConstantBuffer(args[2], program, file))
        report(PATTERN_RULES.weakCipher, node, 'Constant IV: every message encrypts the same way.');
    }
    if (
      /(^|\.)(jwt|jsonwebtoken|JWT)\.decode$|^decode$/.test(dotted) &&
      /jwt|token/i.test(dotted + file.source.slice(node.start, node.end)) &&
      !/\.verify\(|jwtVerify\(/.test(scopeText(parents))
    ) {
      report(PATTERN_RULES.jwtUnverified, node, 'jwt.decode() does not check the signature; use jwt.verify().');
    }
    if (/(^|\.)(sign|verify)$/.test(dotted) && /jwt|jose|token/i.test(dotted)) {
      const options = args[2] ?? args[1];
      const algorithms = optionOf(options, 'algorithms') ?? optionOf(options, 'algorithm');
      const textOf =
        typeof algorithms === 'string'
          ? algorithms
          : algorithms && typeof algorithms === 'object'
            ? file.source.slice((algorithms as Node).start, (algorithms as Node).end)
            : '';
      if (/['"]?none['"]?/i.test(String(textOf)) && /none/i.test(String(textOf)))
        report(PATTERN_RULES.jwtUnverified, node, 'The JWT "none" algorithm accepts unsigned tokens.');
    }
    if (name === 'cookie' && /^(res|response|reply|ctx\.cookies)$/.test(dotted.replace(/\.cookie$/, ''))) {
      const cookieName = first ?? '';
      const options = args[2];
      if (
        /sess|token|auth|sid|jwt|remember|login|refresh/i.test(cookieName) &&
        (optionOf(options, 'httpOnly') === false || optionOf(options, 'secure') === false)
      ) {
        report(PATTERN_RULES.insecureCookie, node, `Cookie "${cookieName}" is set without HttpOnly/Secure.`);
      }
    }
    if (/^(session|expressSession|cookieSession)$/.test(name) || dotted === 'ctx.cookies.set') {
      const cookie = optionOf(args[0], 'cookie');
      const cookieNode = cookie && typeof cookie === 'object' ? (cookie as Node) : undefined;
      if (optionOf(cookieNode, 'secure') === false || optionOf(cookieNode, 'httpOnly') === false)
        report(PATTERN_RULES.insecureCookie, node, 'Session cookie configured with secure/httpOnly false.');
    }
    if (name === 'cors' && optionOf(args[0], 'credentials') === true) {
      const origin = optionOf(args[0], 'origin');
      if (origin === '*' || origin === true)
        report(PATTERN_RULES.corsCredentials, node, 'CORS reflects any origin while allowing credentials.');
    }
    if (/^(setHeader|header|set)$/.test(name) && first?.toLowerCase() === 'access-control-allow-origin' && args[1]) {
      const value = file.source.slice(args[1].start, args[1].end);
      const scope = scopeText(parents);
      if (
        (/^['"`]\*['"`]$/.test(value) || /origin/i.test(value)) &&
        /Access-Control-Allow-Credentials['"`]\s*,\s*['"`]?true/i.test(scope)
      ) {
        report(
          PATTERN_RULES.corsCredentials,
          node,
          'Access-Control-Allow-Origin is any/reflected origin together with credentials.',
        );
      }
    }
    if (/(^|\.)(sign)$/.test(dotted) && /jwt/i.test(dotted) && args[1]) {
      const secret = stringLiteral(args[1]);
      if (secret !== undefined && isHumanCredential(secret))
        report(PATTERN_RULES.hardcodedCredentials, node, 'JWT signed with a hard-coded secret.');
    }
  }
  return findings;
}

function isConstantBuffer(input: Node, program: Node, file: FileInfo): boolean {
  const node = unwrap(input);
  if (stringLiteral(node) !== undefined) return true;
  if (node.type === 'CallExpression') {
    const callee = dottedName(child(node, 'callee') ?? node) ?? '';
    const arg = children(node, 'arguments')[0];
    if (callee === 'Buffer.alloc') return true;
    if (callee === 'Buffer.from' && arg && (stringLiteral(arg) !== undefined || unwrap(arg).type === 'ArrayExpression'))
      return true;
    return false;
  }
  if (node.type === 'Identifier') {
    const name = text(node, 'name');
    let constant = false;
    walk(program, (candidate) => {
      if (candidate.type === 'VariableDeclarator' && nameOf(child(candidate, 'id')) === name) {
        const init = child(candidate, 'init');
        if (init && init !== node && isConstantBuffer(init, program, file)) constant = true;
      }
      return undefined;
    });
    return constant;
  }
  return false;
}
