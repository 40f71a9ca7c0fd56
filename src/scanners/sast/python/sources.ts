import { addStep, type Frame, lookup, shortText } from './frame.js';
import type { Taint } from './model.js';
import { dottedName, qualify } from './names.js';
import type { Node } from './parser.js';
import { REQUEST_NAMES } from './specs.js';

/** A fresh taint at a source expression. */
export function sourceTaint(
  frame: Frame,
  node: Node,
  source: string,
  origin: Taint['origin'],
  structured: boolean,
): Taint {
  return addStep(
    { source, origin, structured, steps: [], cleansed: new Set() },
    frame,
    node,
    `source: ${shortText(node)}`,
  );
}

/** Whether a name/attribute chain denotes a web request object in this frame. */
export function isRequestObject(node: Node, frame: Frame): boolean {
  const dotted = dottedName(node);
  if (!dotted) return false;
  const value = lookup(frame, dotted);
  if (value?.flags?.has('request')) return true;
  if (value && !value.flags?.has('request') && frame.env.has(dotted) && !value.taint) return false;
  const qualified = qualify(dotted, frame.module.imports);
  if (qualified === 'flask.request' || qualified === 'quart.request' || qualified === 'bottle.request') return true;
  return REQUEST_NAMES.has(dotted) && (qualified === dotted || qualified.endsWith('.request'));
}
