import type { CallSite } from './calls.js';
import { type Category, deepTaint, type Taint, type Value } from './model.js';
import type { Node } from './parser.js';
import { reportTaint, sinkLabelOf } from './report.js';
import { SINKS, type SinkSpec } from './specs.js';

/** Module heads whose functions share names with method sinks (re.search, logging.info ...). */
const MODULE_HEADS = new Set([
  're',
  'os',
  'sys',
  'json',
  'logging',
  'requests',
  'httpx',
  'subprocess',
  'shutil',
  'pickle',
  'yaml',
  'lxml',
  'xml',
  'urllib',
  'aiohttp',
  'regex',
  'shlex',
  'html',
  'hashlib',
  'random',
  'secrets',
]);
const NAMED = new Set(SINKS.flatMap((spec) => spec.names ?? []));
const HTTP_CLIENTS = new Set([
  'aiohttp.ClientSession',
  'httpx.Client',
  'httpx.AsyncClient',
  'requests.Session',
  'requests.session',
  'urllib3.PoolManager',
]);
const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash', 'zsh', 'cmd', 'cmd.exe', 'powershell', 'pwsh']);

function matches(spec: SinkSpec, site: CallSite): boolean {
  if (site.qname && spec.names?.includes(site.qname)) return true;
  if (!site.method || !spec.methods?.includes(site.method)) return false;
  if (!site.qname) return true;
  const head = site.qname.split('.')[0] ?? '';
  return !NAMED.has(site.qname) && !MODULE_HEADS.has(head);
}

function argValues(site: CallSite, args: readonly (number | string)[]): Value[] {
  const out: Value[] = [];
  for (const arg of args) {
    const value = typeof arg === 'number' ? site.positional[arg] : site.keywords.get(arg);
    if (value) out.push(value);
  }
  return out;
}

function tainted(value: Value | undefined, category: Category): Taint | undefined {
  const taint = deepTaint(value);
  return taint && !taint.cleansed.has(category) ? taint : undefined;
}

function firstTainted(values: Value[], category: Category): Taint | undefined {
  for (const value of values) {
    const taint = tainted(value, category);
    if (taint) return taint;
  }
  return undefined;
}

function keywordText(node: Node, name: string, position: number): string | undefined {
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  let index = 0;
  for (const arg of args) {
    if (!arg) continue;
    if (arg.type === 'keyword_argument') {
      if (arg.childForFieldName('name')?.text === name) return arg.childForFieldName('value')?.text;
    } else if (index++ === position) return arg.text;
  }
  return undefined;
}

function subprocessTaint(site: CallSite, category: Category): Taint | undefined {
  const command = site.positional[0] ?? site.keywords.get('args');
  if (!command) return undefined;
  if (site.qname === 'asyncio.create_subprocess_exec') return tainted(command, category);
  if (site.keywords.get('shell')?.constant === true) return tainted(command, category);
  const items = command.items;
  if (!items) return tainted(command, category);
  const program = items[0];
  if (typeof program?.constant === 'string' && SHELLS.has(program.constant) && items[1]?.constant === '-c') {
    return firstTainted(items.slice(2), category);
  }
  return tainted(program, category);
}

function nosqlTaint(value: Value | undefined, category: Category, depth = 0): Taint | undefined {
  if (!value || depth > 4) return undefined;
  const whole = tainted(value, category);
  if (!value.fields) return whole?.structured ? whole : undefined;
  for (const [key, field] of value.fields) {
    const taint = tainted(field, category);
    if (taint && (key === '$where' || taint.structured)) return taint;
    const nested = nosqlTaint(field, category, depth + 1);
    if (nested) return nested;
  }
  return undefined;
}

const FIXED_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+[/?#]/i;

function urlTaint(spec: SinkSpec, values: Value[]): Taint | undefined {
  for (const value of values) {
    const taint = tainted(value, spec.category);
    if (!taint) continue;
    const prefix = value.prefix ?? '';
    if (FIXED_HOST.test(prefix)) continue;
    if (spec.category === 'redirect' && prefix.startsWith('/') && !/^\/[/\\]/.test(prefix) && prefix.length > 1)
      continue;
    return taint;
  }
  return undefined;
}

function specialTaint(spec: SinkSpec, site: CallSite): Taint | undefined {
  const { category } = spec;
  const receiverText = site.receiverNode?.text ?? '';
  switch (spec.special) {
    case 'subprocess':
      return subprocessTaint(site, category);
    case 'yaml': {
      const loader = keywordText(site.node, 'Loader', 1) ?? '';
      return /Safe|BaseLoader/.test(loader) ? undefined : firstTainted(argValues(site, spec.args), category);
    }
    case 'nosql':
      if (site.receiver?.taint || typeof site.receiver?.constant === 'string') return undefined;
      return nosqlTaint(site.positional[0] ?? site.keywords.get('filter'), category);
    case 'xml': {
      const parser =
        site.method && !spec.names?.includes(site.qname ?? '')
          ? site.receiver
          : (site.positional[1] ?? site.keywords.get('parser'));
      return parser?.flags?.has('xxe') ? firstTainted(argValues(site, spec.args), category) : undefined;
    }
    case 'response': {
      const type = `${keywordText(site.node, 'mimetype', 99) ?? ''}${keywordText(site.node, 'content_type', 99) ?? ''}${keywordText(site.node, 'media_type', 99) ?? ''}`;
      if (/json|text\/plain|text\/csv|octet-stream/.test(type)) return undefined;
      return firstTainted(argValues(site, spec.args), category);
    }
    case 'url': {
      if (spec.methods?.includes(site.method ?? '') && !spec.names?.includes(site.qname ?? '')) {
        if (!HTTP_CLIENTS.has(site.receiver?.instanceOf ?? '')) return undefined;
        const args = site.method === 'request' ? [1, 'url'] : [0, 'url'];
        return urlTaint(spec, argValues(site, args));
      }
      return urlTaint(spec, argValues(site, spec.args));
    }
    case 'ldap-search':
      if (!site.receiver?.instanceOf?.startsWith('ldap') && !/ldap|conn/i.test(receiverText)) return undefined;
      return firstTainted(argValues(site, spec.args), category);
    case 'logger': {
      const isLogger =
        site.qname?.startsWith('logging.') ||
        site.receiver?.instanceOf === 'logging.getLogger' ||
        /(^|\.)(_?log|_?logger|LOG|LOGGER)$/.test(receiverText);
      return isLogger ? firstTainted(argValues(site, spec.args), category) : undefined;
    }
    case 'path-method':
      if (site.method === 'open' && !site.receiver?.instanceOf?.startsWith('pathlib.')) return undefined;
      return tainted(site.receiver, category);
    default:
      return undefined;
  }
}

/** Report every sink this call is, for tainted arguments; returns the categories reported. */
export function checkSinks(site: CallSite): Category[] {
  const reported: Category[] = [];
  for (const spec of SINKS) {
    if (!matches(spec, site)) continue;
    if (spec.category === 'xpath' && site.receiver?.instanceOf === 're.compile') continue;
    const taint = spec.special ? specialTaint(spec, site) : firstTainted(argValues(site, spec.args), spec.category);
    if (!taint) continue;
    reportTaint(site.frame, spec.rule, site.node, taint, sinkLabelOf(site.node));
    reported.push(spec.category);
  }
  return reported;
}
