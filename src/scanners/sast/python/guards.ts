import { type Frame, lookup } from './frame.js';
import { ALL_CATEGORIES, type Category, cleanse } from './model.js';
import { dottedName, qualify } from './names.js';
import { type Node, stringLiteralValue } from './parser.js';

/** A variable a condition proves safe for some sink categories. */
export interface Refinement {
  key: string;
  categories: readonly Category[];
}

const VALIDATING_METHODS = new Set(['isdigit', 'isnumeric', 'isdecimal', 'isalnum', 'isalpha', 'isidentifier']);
const REGEX_FUNCTIONS = new Set(['re.match', 're.fullmatch', 're.search', 'regex.match', 'regex.fullmatch']);
const FIXED_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+\//i;

function keyOf(node: Node | null | undefined): string | undefined {
  return node ? dottedName(node) : undefined;
}

/** Whether a membership container is an allow-list (literal collection, constant or UPPER_CASE name). */
function isAllowList(node: Node, frame: Frame): boolean {
  if (['list', 'tuple', 'set', 'dictionary'].includes(node.type)) return true;
  const dotted = dottedName(node);
  if (!dotted) return false;
  const last = dotted.split('.').pop() ?? '';
  if (/^[A-Z][A-Z0-9_]*$/.test(last)) return true;
  const value = lookup(frame, dotted);
  return Boolean(value && !value.taint && (value.items || value.fields || value.constant !== undefined));
}

function callRefinements(node: Node, frame: Frame): Refinement[] {
  const callee = node.childForFieldName('function');
  const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null);
  if (!callee) return [];
  if (callee.type === 'attribute') {
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const receiver = keyOf(callee.childForFieldName('object'));
    if (receiver && VALIDATING_METHODS.has(method)) return [{ key: receiver, categories: ALL_CATEGORIES }];
    if (receiver && method === 'startswith') {
      const prefix = args[0] ? (stringLiteralValue(args[0]) ?? '') : '';
      const categories: Category[] = ['path'];
      if (FIXED_HOST.test(prefix)) categories.push('redirect', 'ssrf');
      return [{ key: receiver, categories }];
    }
    const objectValue = receiver ? lookup(frame, receiver) : undefined;
    if ((method === 'match' || method === 'fullmatch') && objectValue?.instanceOf === 're.compile') {
      const key = keyOf(args[0]);
      return key ? [{ key, categories: ALL_CATEGORIES }] : [];
    }
  }
  const dotted = dottedName(callee) ?? '';
  const qualified = qualify(dotted, frame.module.imports);
  if (REGEX_FUNCTIONS.has(qualified)) {
    const key = keyOf(args[1]);
    return key ? [{ key, categories: ALL_CATEGORIES }] : [];
  }
  if (qualified === 'isinstance') {
    const key = keyOf(args[0]);
    const type = args[1]?.text ?? '';
    if (!key) return [];
    if (/\b(int|float|bool)\b/.test(type) && !/\bstr\b/.test(type)) return [{ key, categories: ALL_CATEGORIES }];
    return /\bstr\b/.test(type) ? [{ key, categories: ['nosql'] }] : [];
  }
  const name = dotted.split('.').pop() ?? '';
  if (/allowed_host|safe_url|is_safe|valid|allowed|whitelist|allowlist/i.test(name)) {
    const categories: readonly Category[] = /host|url|redirect/i.test(name) ? ['redirect', 'ssrf'] : ALL_CATEGORIES;
    return args
      .map(keyOf)
      .filter((k): k is string => Boolean(k))
      .map((key) => ({ key, categories }));
  }
  return [];
}

/** Variables proven safe when `condition` evaluates to `truth`. */
export function refinements(condition: Node, truth: boolean, frame: Frame): Refinement[] {
  switch (condition.type) {
    case 'parenthesized_expression': {
      const inner = condition.namedChildren[0];
      return inner ? refinements(inner, truth, frame) : [];
    }
    case 'not_operator': {
      const inner = condition.childForFieldName('argument');
      return inner ? refinements(inner, !truth, frame) : [];
    }
    case 'boolean_operator': {
      const op = condition.childForFieldName('operator')?.text;
      const left = condition.childForFieldName('left');
      const right = condition.childForFieldName('right');
      if (!left || !right) return [];
      if ((op === 'and' && truth) || (op === 'or' && !truth)) {
        return [...refinements(left, truth, frame), ...refinements(right, truth, frame)];
      }
      return [];
    }
    case 'comparison_operator': {
      const operands = condition.namedChildren.filter((c): c is Node => c !== null);
      const ops = condition.children.filter((c): c is Node => c !== null && !c.isNamed).map((c) => c.text);
      const [left, right] = operands;
      if (operands.length !== 2 || ops.length !== 1 || !left || !right) return [];
      const op = ops[0];
      const key = keyOf(left);
      if ((op === 'in' && truth) || (op === 'not in' && !truth)) {
        return key && isAllowList(right, frame) ? [{ key, categories: ALL_CATEGORIES }] : [];
      }
      if ((op === '==' && truth) || (op === '!=' && !truth)) {
        const other = stringLiteralValue(right) !== undefined || /^(integer|float|true|false)$/.test(right.type);
        if (key && other) return [{ key, categories: ALL_CATEGORIES }];
        if (left.type === 'call' && right.type !== 'call') return callRefinements(left, frame);
      }
      return [];
    }
    case 'call':
      return truth ? callRefinements(condition, frame) : [];
    default:
      return [];
  }
}

/** Apply refinements to the frame's current environment. */
export function applyRefinements(frame: Frame, list: Refinement[]): void {
  for (const { key, categories } of list) {
    const value = lookup(frame, key);
    if (value?.taint) frame.env.set(key, cleanse(value, categories));
  }
}
