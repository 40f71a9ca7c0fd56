/**
 * The keyword automaton's inner loop in WebAssembly, which is what keeps a whole-tree secrets scan near the speed of
 * a plain keyword grep. The module is assembled below at start-up (no build step, no binary in the repository).
 *
 * One automaton walk is a chain of dependent table loads, so a block is cut into four segments walked side by side:
 * the processor overlaps the four chains. Each segment's walk starts in the root state `warmUp` bytes early (the
 * longest keyword, less one) and records nothing there, which puts it in exactly the state a single walk would be in.
 * Texts are copied in block by block, strings as Latin-1: keywords are ASCII, so a character above 0xFF can only add
 * a candidate hit (which the rules then reject), never hide one.
 */
import type { Prefilter } from './prefilter.js';

/** The part of the WebAssembly API this needs (declared here: the project's TypeScript libs do not include it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
const wasmApi = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

const BLOCK = 1 << 20;
const PAGE = 65536;
const STREAMS = 4;

/** Byte offsets in the module's memory. */
interface Layout {
  /** STREAMS i32: where each stream's hit list ended. */
  ends: number;
  /** Byte value -> its character class times 4 (the offset of its column in a row of `next`). */
  classes: number;
  /** i32 per (state, class): the byte offset of the next state's row. Accepting states have the last rows. */
  next: number;
  /** Row offsets from here on are accepting states. */
  accepting: number;
  /** The text; the `warmUp` bytes before it hold the end of the previous block. */
  text: number;
  /** Hits as (text address, row offset) pairs of i32, one region of segment * 8 bytes per stream. */
  out: number;
  pages: number;
}

const uleb = (value: number): number[] => {
  const out: number[] = [];
  let n = value;
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};
const sleb = (value: number): number[] => {
  const out: number[] = [];
  let n = value;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
};
const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (text: string) => vector([...text].map((char) => [char.charCodeAt(0)]));

/** The few instructions the scan uses. */
const op = {
  get: (local: number) => [0x20, local],
  set: (local: number) => [0x21, local],
  const: (value: number) => [0x41, ...sleb(value)],
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  geU: [0x4f],
  load8: (offset: number) => [0x2d, 0, ...uleb(offset)],
  load32: (offset: number) => [0x28, 2, ...uleb(offset)],
  tee: (local: number) => [0x22, local],
  store: (offset: number) => [0x36, 2, ...uleb(offset)],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  if: [0x04, 0x40],
  end: [0x0b],
  brIf: (depth: number) => [0x0d, depth],
  br: (depth: number) => [0x0c, depth],
};

/**
 * scan(segment, warmUp): walks STREAMS segments of `segment` bytes from `text`, each starting `warmUp` bytes early,
 * and stores where each stream's hit list ended at `ends`. One text address serves every stream (stream k reads k
 * segments further on), and a state is its row's offset, so a step is two loads and an add: few instructions per
 * byte, which is what bounds this loop.
 * Locals: 0 segment, 1 warmUp, 2 text address, 3 loop end; per stream k: 4+k row, 8+k hit address, 12+k offset.
 */
function assemble(layout: Layout): Uint8Array {
  const AT = 2;
  const END = 3;
  const row = (k: number) => 4 + k;
  const hit = (k: number) => 8 + k;
  const offset = (k: number) => 12 + k;
  const streams = Array.from({ length: STREAMS }, (_, k) => k);
  const address = (k: number) => (k === 0 ? op.get(AT) : [...op.get(AT), ...op.get(offset(k)), ...op.add]);
  // row = next[row + class[text[address]]]
  const step = (k: number) => [
    ...op.get(row(k)),
    ...address(k),
    ...op.load8(0),
    ...op.load8(layout.classes),
    ...op.add,
    ...op.load32(layout.next),
  ];
  // if row is accepting: out[hit] = (address, row); hit += 8
  const stepAndRecord = (k: number) => [
    ...step(k),
    ...op.tee(row(k)),
    ...op.const(layout.accepting),
    ...op.geU,
    ...op.if,
    ...op.get(hit(k)),
    ...address(k),
    ...op.store(0),
    ...op.get(hit(k)),
    ...op.get(row(k)),
    ...op.store(4),
    ...op.get(hit(k)),
    ...op.const(8),
    ...op.add,
    ...op.set(hit(k)),
    ...op.end,
  ];
  const advance = [...op.get(AT), ...op.const(1), ...op.add, ...op.set(AT)];
  // while (address < END) { body; address++ }
  const loopUntilEnd = (body: number[]) => [
    ...op.block,
    ...op.loop,
    ...op.get(AT),
    ...op.get(END),
    ...op.geU,
    ...op.brIf(1),
    ...body,
    ...advance,
    ...op.br(0),
    ...op.end,
    ...op.end,
  ];
  const body = [
    // address = text - warmUp; offset[k] = k * segment; hit[k] = out + k * segment * 8; rows start at the root (0)
    ...op.const(layout.text),
    ...op.get(1),
    ...op.sub,
    ...op.set(AT),
    ...streams.flatMap((k) => [
      ...op.get(0),
      ...op.const(k),
      ...op.mul,
      ...op.set(offset(k)),
      ...op.const(layout.out),
      ...op.get(0),
      ...op.const(k * 8),
      ...op.mul,
      ...op.add,
      ...op.set(hit(k)),
    ]),
    // Warm-up: warmUp steps, nothing recorded.
    ...op.get(AT),
    ...op.get(1),
    ...op.add,
    ...op.set(END),
    ...loopUntilEnd(streams.flatMap((k) => [...step(k), ...op.set(row(k))])),
    // The segments themselves.
    ...op.get(AT),
    ...op.get(0),
    ...op.add,
    ...op.set(END),
    ...loopUntilEnd(streams.flatMap(stepAndRecord)),
    ...streams.flatMap((k) => [...op.const(layout.ends + 4 * k), ...op.get(hit(k)), ...op.store(0)]),
    ...op.end,
  ];
  const code = [...vector([[2 + 3 * STREAMS, 0x7f]]), ...body];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, 2, 0x7f, 0x7f, 0]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0x00, ...uleb(layout.pages)]])),
    ...section(
      7,
      vector([
        [...name('scan'), 0x00, 0],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vector([[...uleb(code.length), ...code]])),
  ]);
}

export interface WasmScanner {
  /** A string is copied in as Latin-1 (a character above 0xFF keeps its low byte); bytes are copied as they are. */
  scan(text: string | Uint8Array, onHit: (end: number, state: number) => void): void;
}

/** The automaton's tables as the module reads them: states renumbered so the accepting ones come last. */
function tables(prefilter: Prefilter): { next: Int32Array; classes: Uint8Array; accepting: number; states: number[] } {
  const { width } = prefilter;
  const count = prefilter.next.length / width;
  const old = Array.from({ length: count }, (_, state) => state);
  const isAccepting = (state: number) => prefilter.accepting[state * width] !== 0;
  // states[new] = old state; root (0) stays first: it is not accepting (no keyword is empty).
  const states = [...old.filter((state) => !isAccepting(state)), ...old.filter(isAccepting)];
  const renumbered = new Int32Array(count);
  states.forEach((state, index) => {
    renumbered[state] = index;
  });
  const rowBytes = width * 4;
  const next = new Int32Array(count * width);
  states.forEach((state, index) => {
    for (let cls = 0; cls < width; cls++) {
      const target = (prefilter.next[state * width + cls] as number) / width;
      next[index * width + cls] = (renumbered[target] as number) * rowBytes;
    }
  });
  const classes = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte++) classes[byte] = (prefilter.classes[byte] as number) * 4;
  const accepting = states.findIndex(isAccepting) * rowBytes;
  return { next, classes, accepting, states };
}

/** A WebAssembly scanner for this automaton, or undefined when its classes do not fit a byte of column offset. */
export function wasmScanner(prefilter: Prefilter): WasmScanner | undefined {
  if (prefilter.width * 4 > 256 || !wasmApi) return undefined;
  // A walk started this many bytes early is in the right state: no keyword is longer than warmUp + 1.
  const warmUp = Math.max(0, prefilter.longest - 1);
  const { next, classes, accepting, states } = tables(prefilter);
  const align = (offset: number) => Math.ceil(offset / 8) * 8;
  const layoutClasses = 4 * STREAMS;
  const layoutNext = align(layoutClasses + 256);
  const text = align(layoutNext + next.byteLength + warmUp);
  const out = align(text + BLOCK + STREAMS);
  const layout: Layout = {
    ends: 0,
    classes: layoutClasses,
    next: layoutNext,
    accepting,
    text,
    out,
    pages: Math.ceil((out + BLOCK * 8 + 32) / PAGE),
  };
  let instance: { exports: Record<string, unknown> };
  try {
    instance = new wasmApi.Instance(new wasmApi.Module(assemble(layout)));
  } catch {
    return undefined;
  }
  const memory = instance.exports.memory as { buffer: ArrayBuffer };
  const scanBlock = instance.exports.scan as (segment: number, warmUp: number) => void;
  const bytes = Buffer.from(memory.buffer);
  // Plain typed-array fill, set and copyWithin: Buffer's own versions validate their arguments on every call.
  const memoryBytes = new Uint8Array(memory.buffer);
  const words = new Int32Array(memory.buffer);
  bytes.set(classes, layout.classes);
  bytes.set(new Uint8Array(next.buffer), layout.next);
  const rowBytes = prefilter.width * 4;
  // A hit's row offset, back to the prefilter's own state value (state * width).
  const stateOf = (rowOffset: number) => (states[rowOffset / rowBytes] as number) * prefilter.width;
  return {
    scan(text, onHit) {
      // Before the first block the warm-up reads zero bytes: class 0, the root state.
      memoryBytes.fill(0, layout.text - warmUp, layout.text);
      for (let start = 0; start < text.length; start += BLOCK) {
        let length: number;
        if (typeof text === 'string')
          length = bytes.write(text.slice(start, start + BLOCK), layout.text, BLOCK, 'latin1');
        else {
          const block = start === 0 && text.length <= BLOCK ? text : text.subarray(start, start + BLOCK);
          memoryBytes.set(block, layout.text);
          length = block.length;
        }
        const segment = Math.ceil(length / STREAMS);
        // Zero bytes after the text end the last segment without a hit.
        memoryBytes.fill(0, layout.text + length, layout.text + segment * STREAMS);
        scanBlock(segment, warmUp);
        for (let k = 0; k < STREAMS; k++) {
          const from = (layout.out + k * segment * 8) >> 2;
          const to = (words[(layout.ends >> 2) + k] as number) >> 2;
          for (let w = from; w < to; w += 2)
            onHit(start + (words[w] as number) - layout.text, stateOf(words[w + 1] as number));
        }
        // The next block's warm-up: the end of this one.
        if (length >= warmUp && start + BLOCK < text.length)
          memoryBytes.copyWithin(layout.text - warmUp, layout.text + length - warmUp, layout.text + length);
      }
    },
  };
}
