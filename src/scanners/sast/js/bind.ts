import { child, children, keyName, type Node, text } from './ast.js';
import { assign, type Frame } from './frame.js';
import { nodeLocation } from './location.js';
import { sourceMember } from './sources.js';
import { anyTaint, elementOf, type Value, withStep } from './values.js';

/** The value of `object.name` (name undefined: a computed key we cannot resolve). */
export function memberValue(object: Value, name: string | undefined, node: Node, frame: Frame): Value {
  if (object.object && name !== undefined) {
    const found = sourceMember(object.object, name, node, frame.file);
    if (found) return found;
  }
  if (object.props) {
    if (name !== undefined) {
      const found = object.props.get(name) ?? object.props.get('?');
      if (found) return found;
      if (object.isArray && name === 'length') return {};
    } else {
      return elementOf(object);
    }
  }
  if (object.lib && name !== undefined) {
    if (name === 'promises' || name === 'default') return { lib: object.lib };
    return { lib: `${object.lib}.${name}` };
  }
  if (object.taint) {
    if (name === 'length') return {};
    return { taint: object.taint };
  }
  return {};
}

/** Add an "assigned to `x`" step to a value's taint. */
export function stepped(value: Value, node: Node, message: string, frame: Frame): Value {
  if (!value.taint) return value;
  return { ...value, taint: withStep(value.taint, { location: nodeLocation(frame.file, node), message }) };
}

/** Bind a declaration or assignment target (identifier or destructuring pattern) to a value. */
export function bindPattern(
  pattern: Node,
  value: Value,
  frame: Frame,
  declare: boolean,
  evaluateDefault: (node: Node) => Value,
): void {
  switch (pattern.type) {
    case 'Identifier': {
      const name = text(pattern, 'name') ?? '';
      const bound = stepped(value, pattern, `assigned to \`${name}\``, frame);
      if (declare) frame.scope.vars.set(name, bound);
      else assign(frame.scope, name, bound);
      return;
    }
    case 'AssignmentPattern': {
      const left = child(pattern, 'left');
      const right = child(pattern, 'right');
      const missing =
        value.constant?.value === undefined &&
        !anyTaint(value) &&
        !value.props &&
        !value.object &&
        !value.fn &&
        !value.lib;
      if (left) bindPattern(left, missing && right ? evaluateDefault(right) : value, frame, declare, evaluateDefault);
      return;
    }
    case 'ObjectPattern': {
      const used = new Set<string>();
      for (const property of children(pattern, 'properties')) {
        if (property.type === 'RestElement') {
          const argument = child(property, 'argument');
          const rest: Value = value.props
            ? { props: new Map([...value.props].filter(([key]) => !used.has(key))) }
            : { ...value };
          if (value.taint) rest.taint = value.taint;
          if (argument) bindPattern(argument, rest, frame, declare, evaluateDefault);
          continue;
        }
        const key = keyName(property);
        if (key) used.add(key);
        const target = child(property, 'value');
        if (target) bindPattern(target, memberValue(value, key, property, frame), frame, declare, evaluateDefault);
      }
      return;
    }
    case 'ArrayPattern': {
      children(pattern, 'elements').forEach((element, index) => {
        if (element.type === 'RestElement') {
          const argument = child(element, 'argument');
          if (argument) bindPattern(argument, value, frame, declare, evaluateDefault);
          return;
        }
        const member = value.props?.get(String(index)) ?? elementOf(value);
        bindPattern(element, member, frame, declare, evaluateDefault);
      });
      return;
    }
    default:
      return;
  }
}
