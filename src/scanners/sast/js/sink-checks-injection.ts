import type { Node } from './ast.js';
import { stringLiteral } from './ast.js';
import {
  type Check,
  DB_RECEIVER,
  FS_METHODS,
  hit,
  isDb,
  isStringBuilt,
  optionOf,
  own,
  plainResponse,
  prop,
  q,
  RESPONSE,
  SHELLS,
  SQLITE_RECEIVER,
} from './sink-helpers.js';
import { elementOf, taintFor } from './values.js';

/** SQL, OS command, path traversal and XSS sinks. */
export const INJECTION_CHECKS: Check[] = [
  // SQL
  (c) =>
    /^(query|execute)$/.test(c.name) && isDb(c, DB_RECEIVER)
      ? hit(
          'sql',
          `${c.dotted ?? c.name}()`,
          own(c.values[0], 'sql') ?? own(prop(c.values[0], 'text'), 'sql') ?? own(prop(c.values[0], 'sql'), 'sql'),
        )
      : undefined,
  (c) =>
    /^(run|all|get|each|exec|prepare)$/.test(c.name) && isDb(c, SQLITE_RECEIVER)
      ? hit('sql', `${c.dotted ?? c.name}()`, own(c.values[0], 'sql'))
      : undefined,
  (c) =>
    /^(whereRaw|orWhereRaw|havingRaw|orderByRaw|joinRaw|fromRaw|selectRaw|groupByRaw|\$queryRawUnsafe|\$executeRawUnsafe)$/.test(
      c.name,
    ) ||
    (c.name === 'raw' && isDb(c, /knex|db|sequelize|database/i)) ||
    (c.name === 'literal' && /sequelize/i.test(c.receiverText ?? ''))
      ? hit('sql', `${c.dotted ?? c.name}()`, own(c.values[0], 'sql'))
      : undefined,
  (c) =>
    /^(where|andWhere|orWhere|having|orderBy)$/.test(c.name) && isStringBuilt(c.args[0])
      ? hit('sql', `${c.name}()`, own(c.values[0], 'sql'))
      : undefined,
  // OS command
  (c) =>
    /^child_process\.(exec|execSync)$/.test(q(c)) ||
    (/^(exec|execSync)$/.test(c.name) && /^(cp|child_?process|childProcess|shell|shelljs)$/i.test(c.root ?? '')) ||
    /^(execa\.command|execa\.execaCommand|execa\.execaCommandSync|shelljs\.exec)$/.test(q(c))
      ? hit('cmd', `${c.dotted ?? c.name}()`, own(c.values[0], 'cmd'))
      : undefined,
  (c) => {
    if (
      !/^child_process\.(spawn|spawnSync|execFile|execFileSync)$/.test(q(c)) &&
      !(
        /^(spawn|spawnSync|execFile|execFileSync)$/.test(c.name) &&
        /^(cp|child_?process|childProcess)$/i.test(c.root ?? '')
      )
    )
      return undefined;
    const shellOption = c.args.some((arg) => optionOf(arg, 'shell') === true);
    const viaShell = SHELLS.test(stringLiteral(c.args[0]) ?? '') && elementOf(c.values[1] ?? {}).constant === undefined;
    if (!shellOption && !viaShell) return undefined;
    return hit(
      'cmd',
      `${c.dotted ?? c.name}() with a shell`,
      own(c.values[0], 'cmd') ?? taintFor(c.values[1] ?? {}, 'cmd'),
    );
  },
  // Path traversal
  (c) =>
    FS_METHODS.has(c.name) &&
    (/^(fs|fs-extra|graceful-fs)(\.|$)/.test(c.receiver?.lib ?? '') ||
      /^(fs|fsp|fsPromises|fse|promises)$/.test(c.root ?? '') ||
      /^(fs|fs-extra)\./.test(q(c)))
      ? hit(
          'path',
          `fs.${c.name}()`,
          own(c.values[0], 'path') ?? (/^(copyFile|rename)/.test(c.name) ? own(c.values[1], 'path') : undefined),
        )
      : undefined,
  (c) =>
    /^(sendFile|download|sendfile|attachment)$/.test(c.name) &&
    RESPONSE.test(c.root ?? '') &&
    optionOf(c.args[1], 'root') === undefined
      ? hit('path', `res.${c.name}()`, own(c.values[0], 'path'))
      : undefined,
  // XSS
  (c) =>
    /^(send|write|end)$/.test(c.name) &&
    (RESPONSE.test(c.root ?? '') || c.receiver?.object?.role === 'response') &&
    !plainResponse(c)
      ? hit('xss', `res.${c.name}()`, own(c.values[0], 'xss'))
      : undefined,
  (c) =>
    c.name === 'html' && (/^(c|ctx|\$|jQuery)$/.test(c.root ?? '') || c.receiver?.object !== undefined)
      ? hit('xss', `${c.dotted ?? 'html'}()`, own(c.values[0], 'xss'))
      : undefined,
  (c) =>
    /^document\.(write|writeln)$/.test(c.dotted ?? '')
      ? hit('xss', `${c.dotted}()`, own(c.values[0], 'xss'))
      : undefined,
  (c) => (c.name === 'insertAdjacentHTML' ? hit('xss', 'insertAdjacentHTML()', own(c.values[1], 'xss')) : undefined),
  (c) =>
    c.isNew &&
    c.name === 'Response' &&
    String(optionOf(optionOf(c.args[1], 'headers') as Node | undefined, 'Content-Type') ?? '').includes('html')
      ? hit('xss', 'new Response() as HTML', own(c.values[0], 'xss'))
      : undefined,
];
