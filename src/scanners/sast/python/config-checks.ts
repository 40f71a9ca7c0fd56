import type { Finding } from '../../../core/finding.js';
import { makeFinding } from '../../../core/make-finding.js';
import { credentialName, looksLikePlaceholder, looksLikeRealSecret } from './credential-names.js';
import { type ModuleInfo, nodeLocation } from './frame.js';
import { canonical, dottedName, qualify } from './names.js';
import { type Node, stringLiteralValue } from './parser.js';
import { pythonRule } from './rules.js';

const WEAK_HASHES = new Set([
  'hashlib.md5',
  'hashlib.sha1',
  'Crypto.Hash.MD5.new',
  'Crypto.Hash.SHA.new',
  'Crypto.Hash.SHA1.new',
  'Cryptodome.Hash.MD5.new',
  'cryptography.hazmat.primitives.hashes.MD5',
  'cryptography.hazmat.primitives.hashes.SHA1',
  'md5.new',
  'sha.new',
]);
const RANDOM_CALLS = new Set([
  'random.random',
  'random.randint',
  'random.choice',
  'random.choices',
  'random.randrange',
  'random.getrandbits',
  'random.sample',
  'random.uniform',
  'random.shuffle',
  'numpy.random.randint',
  'numpy.random.rand',
  'numpy.random.choice',
]);
const SECURITY_WORDS =
  /token|secret|passw|pwd|otp|nonce|salt|session|auth|csrf|reset|verif|api_?key|\bkey\b|_key|pin\b|code|remember|cookie|invite|coupon|captcha|signup|activation|magic_link|2fa|mfa/i;
const WEAK_CIPHERS =
  /(^|\.)(DES|DES3|ARC4|ARC2|Blowfish|CAST|XOR)\.new$|algorithms\.(TripleDES|ARC4|Blowfish|IDEA|CAST5|SEED)$|^pyDes\.|modes\.ECB$/;
const CIPHER_NEW =
  /(^|\.)(AES|DES3|Blowfish|ChaCha20|ChaCha20_Poly1305)\.new$|modes\.(CBC|CFB|OFB|CTR|GCM)$|(AESGCM|ChaCha20Poly1305|AESCCM)\.encrypt$/;
const SESSION_COOKIE = /sess|token|auth|jwt|remember|sid\b|login|user_?id|access|refresh/i;
const COOKIE_SETTINGS = new Set([
  'SESSION_COOKIE_SECURE',
  'SESSION_COOKIE_HTTPONLY',
  'CSRF_COOKIE_SECURE',
  'REMEMBER_COOKIE_SECURE',
  'REMEMBER_COOKIE_HTTPONLY',
  'JWT_COOKIE_SECURE',
]);

interface Ctx {
  module: ModuleInfo;
  out: Finding[];
  seen: Set<string>;
}

function report(ctx: Ctx, ruleId: string, node: Node, message: string): void {
  const key = `${ruleId}:${node.startIndex}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const rule = pythonRule(ruleId);
  const line = (ctx.module.source.split('\n')[node.startPosition.row] ?? '').trim().slice(0, 200);
  const isCredential = ruleId === 'py-hardcoded-credential';
  ctx.out.push(
    makeFinding({
      rule,
      scanner: 'sast',
      location: nodeLocation(ctx.module.path, node),
      snippet: isCredential ? line.replace(/(["'])[^"']*\1/g, '$1****$1') : line,
      matchedContent: `${ruleId} ${node.text}`,
      message: `${message}: ${rule.description}`,
    }),
  );
}

function qname(ctx: Ctx, callee: Node | null): string {
  const dotted = callee ? dottedName(callee) : undefined;
  return dotted ? canonical(qualify(dotted, ctx.module.imports)) : '';
}

function keyword(call: Node, name: string): Node | undefined {
  for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (arg?.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name) {
      return arg.childForFieldName('value') ?? undefined;
    }
  }
  return undefined;
}

function positional(call: Node, index: number): Node | undefined {
  const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (a) => a && a.type !== 'keyword_argument' && a.type !== 'comment',
  );
  return args[index] ?? undefined;
}

function statementOf(node: Node): Node {
  let current: Node = node;
  while (
    current.parent &&
    !['expression_statement', 'return_statement', 'if_statement', 'block', 'module'].includes(current.type)
  ) {
    current = current.parent;
  }
  return current;
}

function enclosingFunction(node: Node): Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition') return current;
  }
  return undefined;
}

/** A name whose value is a string/bytes literal in this module (static IV, key ...). */
function isConstantExpr(ctx: Ctx, node: Node | undefined): boolean {
  if (!node) return false;
  if (node.type === 'string' || node.type === 'concatenated_string') return stringLiteralValue(node) !== undefined;
  if (
    node.type === 'call' &&
    /^(bytes|bytearray|bytes\.fromhex|b64decode|base64\.b64decode)$/.test(
      node.childForFieldName('function')?.text ?? '',
    )
  ) {
    const arg = positional(node, 0);
    return arg?.type === 'string' || arg?.type === 'list';
  }
  if (node.type !== 'identifier') return false;
  const scope = enclosingFunction(node) ?? ctx.module.root;
  const assigned = [
    ...scope.descendantsOfType('assignment'),
    ...ctx.module.root.namedChildren
      .flatMap((c) => (c?.type === 'expression_statement' ? c.namedChildren : []))
      .filter((c): c is Node => c?.type === 'assignment'),
  ];
  const values = assigned
    .filter((a) => a?.childForFieldName('left')?.text === node.text)
    .map((a) => a?.childForFieldName('right'));
  return values.length > 0 && values.every((v) => v && isConstantExpr(ctx, v));
}

function isFalse(node: Node | undefined): boolean {
  return node?.type === 'false' || node?.text === '0';
}

function checkCall(ctx: Ctx, call: Node): void {
  const callee = call.childForFieldName('function');
  const name = qname(ctx, callee);
  const method = callee?.type === 'attribute' ? (callee.childForFieldName('attribute')?.text ?? '') : '';
  const argsText = call.childForFieldName('arguments')?.text ?? '';
  const context = `${statementOf(call).text} ${enclosingFunction(call)?.childForFieldName('name')?.text ?? ''}`;
  if (WEAK_HASHES.has(name) || (name === 'hashlib.new' && /^\(\s*['"](md5|sha1|md4)['"]/i.test(argsText))) {
    if (isFalse(keyword(call, 'usedforsecurity')) || /etag|checksum|cache_key|cachekey/i.test(context)) return;
    report(ctx, 'py-weak-password-hash', call, `${name || 'hashlib.new'} is a broken hash`);
  }
  if (RANDOM_CALLS.has(name) && SECURITY_WORDS.test(context)) {
    report(ctx, 'py-insecure-random', call, `${name} used for a security value`);
  }
  if (WEAK_CIPHERS.test(name) || (/(^|\.)(AES|DES3|Blowfish)\.new$/.test(name) && /MODE_ECB/.test(argsText))) {
    report(ctx, 'py-weak-cipher', call, `${name} is a weak cipher or mode`);
  }
  if (CIPHER_NEW.test(name)) {
    const ivArg =
      keyword(call, 'iv') ??
      keyword(call, 'nonce') ??
      keyword(call, 'initialization_vector') ??
      (/modes\./.test(name) ? positional(call, 0) : /encrypt$/.test(name) ? positional(call, 0) : positional(call, 2));
    if (isConstantExpr(ctx, ivArg)) report(ctx, 'py-static-iv', call, `${name} with a constant IV/nonce`);
  }
  const verify = keyword(call, 'verify');
  if (
    isFalse(verify) &&
    /requests|httpx|session|client|get|post|put|patch|delete|request|urlopen|aiohttp/i.test(callee?.text ?? '')
  ) {
    report(ctx, 'py-tls-verification-disabled', call, 'verify=False');
  }
  if (
    name === 'ssl._create_unverified_context' ||
    keyword(call, 'cert_reqs')?.text.endsWith('CERT_NONE') ||
    (isFalse(keyword(call, 'ssl')) && /aiohttp|session/i.test(callee?.text ?? ''))
  ) {
    report(ctx, 'py-tls-verification-disabled', call, 'unverified TLS context');
  }
  if (name === 'jwt.decode' || name === 'jose.jwt.decode') {
    const options = keyword(call, 'options')?.text ?? '';
    const algorithms = keyword(call, 'algorithms')?.text ?? '';
    if (
      /verify_signature['"]\s*:\s*False/.test(options) ||
      isFalse(keyword(call, 'verify')) ||
      /['"]none['"]/i.test(algorithms)
    ) {
      report(ctx, 'py-jwt-no-verify', call, 'JWT decoded without signature verification');
    }
  }
  if (method === 'set_cookie') {
    const cookieName = positional(call, 0) ?? keyword(call, 'key');
    const literal = cookieName ? stringLiteralValue(cookieName) : undefined;
    const secure = keyword(call, 'secure');
    const httponly = keyword(call, 'httponly');
    if (
      literal !== undefined &&
      SESSION_COOKIE.test(literal) &&
      (!secure || isFalse(secure) || !httponly || isFalse(httponly))
    ) {
      report(ctx, 'py-insecure-cookie', call, `cookie "${literal}" without Secure/HttpOnly`);
    }
  }
  if (/(^|\.)(CORS|cross_origin)$/.test(name) || (method === 'add_middleware' && /CORSMiddleware/.test(argsText))) {
    const credentials = keyword(call, 'supports_credentials') ?? keyword(call, 'allow_credentials');
    const origins = keyword(call, 'origins') ?? keyword(call, 'allow_origins') ?? keyword(call, 'resources');
    if (credentials?.type === 'true' && (!origins || /['"]\*['"]/.test(origins.text))) {
      report(ctx, 'py-cors-wildcard-credentials', call, 'any origin with credentials');
    }
  }
  if (method === 'run' && keyword(call, 'debug')?.type === 'true' && !/uvicorn/.test(name)) {
    report(ctx, 'py-flask-debug', call, 'debug=True');
  }
  if (name === 'config.update' || method === 'update') {
    for (const setting of COOKIE_SETTINGS) {
      if (isFalse(keyword(call, setting))) report(ctx, 'py-insecure-cookie', call, `${setting}=False`);
    }
  }
  for (const arg of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (arg?.type !== 'keyword_argument') continue;
    const argName = arg.childForFieldName('name')?.text ?? '';
    const value = arg.childForFieldName('value');
    const literal = value ? stringLiteralValue(value) : undefined;
    if (
      credentialName(argName) &&
      literal !== undefined &&
      !looksLikePlaceholder(literal) &&
      !looksLikeRealSecret(literal)
    ) {
      report(ctx, 'py-hardcoded-credential', arg, `${argName} is a literal`);
    }
  }
}

function targetName(target: Node): string | undefined {
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text;
  if (target.type === 'subscript') {
    const index = target.childForFieldName('subscript');
    return index ? stringLiteralValue(index) : undefined;
  }
  return undefined;
}

function checkAssignment(ctx: Ctx, assignment: Node): void {
  const left = assignment.childForFieldName('left');
  const right = assignment.childForFieldName('right');
  if (!left || !right) return;
  const name = targetName(left) ?? '';
  const rightText = right.text;
  if (COOKIE_SETTINGS.has(name) && isFalse(right)) report(ctx, 'py-insecure-cookie', assignment, `${name} = False`);
  if (
    (name === 'verify_mode' && /CERT_NONE/.test(rightText)) ||
    (name === 'check_hostname' && isFalse(right)) ||
    (name === '_create_default_https_context' && /_create_unverified_context/.test(rightText))
  ) {
    report(ctx, 'py-tls-verification-disabled', assignment, `${name} disables verification`);
  }
  if ((name === 'debug' || name === 'DEBUG') && right.type === 'true' && left.type !== 'identifier') {
    report(ctx, 'py-flask-debug', assignment, 'debug = True');
  }
  const literal = stringLiteralValue(right);
  if (
    literal !== undefined &&
    credentialName(name) &&
    !looksLikePlaceholder(literal) &&
    !looksLikeRealSecret(literal)
  ) {
    report(ctx, 'py-hardcoded-credential', assignment, `${name} is a literal`);
  }
}

function checkCorsSettings(ctx: Ctx): void {
  const assignments = ctx.module.root.descendantsOfType('assignment').filter((a): a is Node => a !== null);
  const allOrigins = assignments.find(
    (a) =>
      /^CORS_(ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)$/.test(a.childForFieldName('left')?.text ?? '') &&
      a.childForFieldName('right')?.type === 'true',
  );
  const credentials = assignments.find(
    (a) =>
      a.childForFieldName('left')?.text === 'CORS_ALLOW_CREDENTIALS' && a.childForFieldName('right')?.type === 'true',
  );
  if (allOrigins && credentials)
    report(ctx, 'py-cors-wildcard-credentials', allOrigins, 'CORS_ALLOW_ALL_ORIGINS with credentials');
}

/** Pattern rules (no taint): weak crypto, TLS, JWT, cookies, CORS, debug, hard-coded credentials. */
export function checkPatterns(module: ModuleInfo): Finding[] {
  const ctx: Ctx = { module, out: [], seen: new Set() };
  for (const call of module.root.descendantsOfType('call')) if (call) checkCall(ctx, call);
  for (const assignment of module.root.descendantsOfType('assignment'))
    if (assignment) checkAssignment(ctx, assignment);
  checkCorsSettings(ctx);
  return ctx.out;
}
