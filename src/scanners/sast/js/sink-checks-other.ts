import { stringLiteral, unwrap } from './ast.js';
import {
  type Check,
  HTTP_VERBS,
  hit,
  LOG_METHODS,
  MONGO_METHODS,
  optionOf,
  own,
  prop,
  q,
  RESPONSE,
} from './sink-helpers.js';
import { anyTaint, taintFor } from './values.js';

/** SSRF, redirect, code, NoSQL, prototype pollution, ReDoS, XXE, LDAP, XPath, deserialisation and log sinks. */
export const OTHER_CHECKS: Check[] = [
  // SSRF
  (c) => {
    const fetchLike =
      (c.name === 'fetch' && !c.receiverText) ||
      /^(node-fetch|undici\.(fetch|request)|axios|got|needle|superagent(\.\w+)?|request|(http|https)\.(get|request)|(axios|got)\.\w+)$/.test(
        q(c),
      );
    const byName =
      /^(axios|got|superagent|needle|http|https|undici)$/.test(c.root ?? '') &&
      (HTTP_VERBS.has(c.name) || c.name === c.root);
    if (!fetchLike && !byName) return undefined;
    const first = c.values[0];
    const taint =
      own(first, 'ssrf') ??
      own(prop(first, 'url'), 'ssrf') ??
      own(prop(first, 'host'), 'ssrf') ??
      own(prop(first, 'hostname'), 'ssrf') ??
      own(prop(first, 'baseURL'), 'ssrf') ??
      (c.name === 'needle' ? own(c.values[1], 'ssrf') : undefined);
    return hit('ssrf', `${c.dotted ?? c.name}()`, taint);
  },
  // Open redirect
  (c) =>
    c.name === 'redirect' &&
    (RESPONSE.test(c.root ?? '') ||
      /^(ctx|NextResponse|Response|redirect)$/.test(c.root ?? '') ||
      c.receiver?.object !== undefined ||
      q(c).startsWith('next'))
      ? hit(
          'redirect',
          `${c.dotted ?? 'redirect'}()`,
          own(c.values[c.args.length > 1 && typeof c.values[0]?.constant?.value === 'number' ? 1 : 0], 'redirect'),
        )
      : undefined,
  (c) =>
    c.name === 'location' && RESPONSE.test(c.root ?? '')
      ? hit('redirect', 'res.location()', own(c.values[0], 'redirect'))
      : undefined,
  (c) =>
    /^(set|header|setHeader)$/.test(c.name) &&
    RESPONSE.test(c.root ?? '') &&
    stringLiteral(c.args[0])?.toLowerCase() === 'location'
      ? hit('redirect', 'Location header', own(c.values[1], 'redirect'))
      : undefined,
  (c) =>
    c.name === 'writeHead' && RESPONSE.test(c.root ?? '')
      ? hit(
          'redirect',
          'Location header',
          own(prop(c.values[1], 'Location') ?? prop(c.values[1], 'location'), 'redirect'),
        )
      : undefined,
  // Code injection
  (c) =>
    c.dotted === 'eval' || (c.name === 'Function' && !c.receiverText)
      ? hit('code', `${c.name}()`, c.values.map((v) => own(v, 'code')).find(Boolean))
      : undefined,
  (c) =>
    /^(runInNewContext|runInThisContext|runInContext|compileFunction)$/.test(c.name) ||
    (c.isNew && c.name === 'Script' && /vm/.test(c.receiverText ?? c.qualified ?? 'vm'))
      ? hit('code', `vm.${c.name}()`, own(c.values[0], 'code'))
      : undefined,
  (c) =>
    /^(setTimeout|setInterval|setImmediate)$/.test(c.name) &&
    !c.values[0]?.fn &&
    c.args[0] !== undefined &&
    !/Function/.test(unwrap(c.args[0]).type)
      ? hit('code', `${c.name}() with a string`, own(c.values[0], 'code'))
      : undefined,
  // NoSQL
  (c) => {
    if (!MONGO_METHODS.has(c.name) || c.values[0]?.fn || c.receiver?.isArray) return undefined;
    const receiver = c.receiverText ?? '';
    if (/crypto|cipher|hash|hmac|sign|verify|cache|map|set|list|arr/i.test(receiver)) return undefined;
    if (
      !/^[A-Z]|collection|model|db|repo|coll|users?$|items?$|docs?$|mongo|store|\(\)$/i.test(receiver) &&
      !/^mongo/.test(c.receiver?.lib ?? '')
    )
      return undefined;
    const filter = c.values[0];
    if (!filter) return undefined;
    const where = prop(filter, '$where');
    const taint = own(filter, 'nosql') ?? (where ? anyTaint(where) : undefined) ?? taintFor(filter, 'nosql');
    return hit('nosql', `${c.dotted ?? c.name}()`, taint);
  },
  (c) => (c.name === '$where' ? hit('nosql', '$where()', anyTaint(c.values[0] ?? {})) : undefined),
  // Prototype pollution through library merges
  (c) => {
    const name = q(c) || c.dotted || '';
    if (/^(lodash|_)\.(set|setWith)$|^lodash\.set$/.test(name))
      return hit('proto', `${c.dotted ?? c.name}()`, own(c.values[1], 'proto'));
    if (
      !/^(lodash|_)\.(merge|mergeWith|defaultsDeep|zipObjectDeep)$|^(lodash\.merge|lodash\.defaultsdeep|merge-deep|deep-extend)$/.test(
        name,
      )
    )
      return undefined;
    return hit(
      'proto',
      `${c.dotted ?? c.name}()`,
      c.values
        .slice(1)
        .map((v) => taintFor(v, 'proto'))
        .find(Boolean),
    );
  },
  (c) =>
    /^(\$|jQuery)\.extend$/.test(c.dotted ?? '') && c.values[0]?.constant?.value === true
      ? hit(
          'proto',
          '$.extend(true, ...)',
          c.values
            .slice(2)
            .map((v) => taintFor(v, 'proto'))
            .find(Boolean),
        )
      : undefined,
  // ReDoS
  (c) => (c.name === 'RegExp' && !c.receiverText ? hit('redos', 'new RegExp()', own(c.values[0], 'redos')) : undefined),
  // XXE
  (c) =>
    /^(parseXml|parseXmlString|parseXmlAsync)$/.test(c.name) && optionOf(c.args[1], 'noent') === true
      ? hit('xxe', `${c.dotted ?? c.name}() with noent`, own(c.values[0], 'xxe'))
      : undefined,
  // LDAP
  (c) =>
    c.name === 'search' && /ldap|client|ad$/i.test(c.receiverText ?? '')
      ? hit('ldap', 'ldap search filter', own(prop(c.values[1], 'filter'), 'ldap') ?? own(c.values[1], 'ldap'))
      : undefined,
  (c) => (c.name === 'parseFilter' ? hit('ldap', 'ldap.parseFilter()', own(c.values[0], 'ldap')) : undefined),
  // XPath
  (c) =>
    (/^(select|select1|evaluate|parse|useNamespaces)$/.test(c.name) && /xpath/i.test(c.receiverText ?? q(c))) ||
    c.dotted === 'document.evaluate'
      ? hit('xpath', `${c.dotted ?? c.name}()`, own(c.values[0], 'xpath'))
      : undefined,
  // Deserialisation
  (c) =>
    c.name === 'unserialize' ||
    c.name === 'deepDeserialize' ||
    /^(node-serialize|funcster|serialize-to-js)\./.test(q(c))
      ? hit('deser', `${c.dotted ?? c.name}()`, own(c.values[0], 'deser'))
      : undefined,
  (c) => {
    if (!/yaml|YAML/.test(c.receiverText ?? '') && !q(c).startsWith('js-yaml')) return undefined;
    const schema = optionOf(c.args[1], 'schema');
    const unsafeSchema = schema !== undefined && /FULL|unsafe/i.test(JSON.stringify(schema));
    return c.name === 'unsafeLoad' || (c.name === 'load' && unsafeSchema)
      ? hit('deser', `${c.dotted ?? c.name}()`, own(c.values[0], 'deser'))
      : undefined;
  },
  // Log injection
  (c) =>
    LOG_METHODS.has(c.name) && /^(console|logger|log|winston|pino|bunyan|fastify|app)$/.test(c.receiverText ?? '')
      ? hit('log', `${c.dotted}()`, c.values.map((v) => own(v, 'log')).find(Boolean))
      : undefined,
];
