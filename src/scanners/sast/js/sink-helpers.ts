import { child, children, keyName, type Node, stringLiteral, unwrap } from './ast.js';
import type { SinkKind, Taint, Value } from './values.js';

/** Everything a sink or sanitiser check needs to know about one call. */
export interface CallInfo {
  node: Node;
  /** Method or function name: `query` for `db.query(...)`. */
  name: string;
  /** Package-resolved name: `child_process.exec`, `fs.readFile`, `axios.get`. */
  qualified?: string;
  /** Static text of the callee: `db.query`, `res.status().send`. */
  dotted?: string;
  /** Static text of the receiver (`db`, `this.pool`) and its leftmost identifier. */
  receiverText?: string;
  root?: string;
  receiver?: Value;
  args: Node[];
  values: Value[];
  isNew: boolean;
}

export interface SinkHit {
  kind: SinkKind;
  label: string;
  taint: Taint;
}

export const DB_RECEIVER =
  /(^|\.)(\w*(db|database|pool|conn|connection|client|sql|knex|sequelize|prisma|manager|datasource|queryrunner|repo|repository|tx|trx)\w*)$/i;
export const SQLITE_RECEIVER = /(^|\.)(\w*(db|database|sqlite|stmt|statement)\w*)$/i;
export const DB_PACKAGES = /^(pg|mysql2?|sqlite3?|better-sqlite3|knex|sequelize|typeorm|mssql|oracledb|postgres)\b/;
export const RESPONSE = /^(res|response|reply|resp|h)$/;
export const FS_METHODS = new Set([
  'readFile',
  'readFileSync',
  'createReadStream',
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'unlink',
  'unlinkSync',
  'rm',
  'rmSync',
  'rmdir',
  'rmdirSync',
  'readdir',
  'readdirSync',
  'open',
  'openSync',
  'createWriteStream',
  'copyFile',
  'copyFileSync',
  'rename',
  'renameSync',
  'stat',
  'statSync',
  'access',
  'accessSync',
  'exists',
  'existsSync',
  'mkdir',
  'mkdirSync',
  'outputFile',
  'readJson',
  'readJSON',
  'remove',
  'pathExists',
]);
export const HTTP_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'request', 'options']);
export const MONGO_METHODS = new Set([
  'find',
  'findOne',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'findOneAndRemove',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
  'countDocuments',
  'count',
  'replaceOne',
  'exists',
  'remove',
  'update',
]);
export const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'verbose']);
export const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|bash|zsh|cmd|cmd\.exe|powershell|pwsh)$/;

export function own(value: Value | undefined, kind: SinkKind): Taint | undefined {
  const taint = value?.taint;
  if (!taint || taint.cleared.has(kind) || (taint.only && !taint.only.has(kind))) return undefined;
  return taint;
}

export function prop(value: Value | undefined, key: string): Value | undefined {
  return value?.props?.get(key);
}

/** An object-literal argument's boolean/string option, read from the AST. */
export function optionOf(node: Node | undefined, key: string): unknown {
  if (!node) return undefined;
  const object = unwrap(node);
  if (object.type !== 'ObjectExpression') return undefined;
  for (const property of children(object, 'properties')) {
    if (keyName(property) !== key) continue;
    const value = child(property, 'value');
    if (!value) return undefined;
    const inner = unwrap(value);
    if (inner.type === 'Literal') return inner.value;
    return inner;
  }
  return undefined;
}

export function isStringBuilt(node: Node | undefined): boolean {
  const inner = node ? unwrap(node) : undefined;
  return inner?.type === 'TemplateLiteral' || (inner?.type === 'BinaryExpression' && inner.operator === '+');
}

/** True when an earlier call in the chain (`res.type('json').send`) or the response value says "not HTML". */
export function plainResponse(call: CallInfo): boolean {
  if (call.receiver?.plainResponse) return true;
  let node: Node | undefined = child(call.node, 'callee');
  while (node) {
    const current = unwrap(node);
    if (current.type === 'CallExpression') {
      const callee = child(current, 'callee');
      const method = callee?.type === 'MemberExpression' ? child(callee, 'property') : undefined;
      const name = method?.type === 'Identifier' ? String(method.name) : '';
      const args = children(current, 'arguments');
      const first = stringLiteral(args[0])?.toLowerCase();
      const second = stringLiteral(args[1])?.toLowerCase();
      if ((name === 'type' || name === 'contentType') && first && !first.includes('html')) return true;
      if (/^(set|header|setHeader)$/.test(name) && first === 'content-type' && second && !second.includes('html'))
        return true;
      node = callee;
    } else if (current.type === 'MemberExpression') node = child(current, 'object');
    else node = undefined;
  }
  return false;
}

export type Check = (call: CallInfo) => SinkHit | undefined;

export function hit(kind: SinkKind, label: string, taint: Taint | undefined): SinkHit | undefined {
  return taint ? { kind, label, taint } : undefined;
}

export const isDb = (call: CallInfo, pattern: RegExp) =>
  (call.receiverText !== undefined && pattern.test(call.receiverText) && !RESPONSE.test(call.root ?? '')) ||
  DB_PACKAGES.test(call.receiver?.lib ?? '');

export const q = (call: CallInfo) => call.qualified ?? '';
