/**
 * The keyword automaton's inner loop in WebAssembly: about 4x the speed of the same loop in JavaScript here, which
 * is what keeps a whole-tree secrets scan near the speed of a plain keyword grep. The module is a dozen
 * instructions, assembled below at start-up (no build step, no binary in the repository). Texts are copied into its
 * memory block by block as Latin-1: keywords are ASCII, so a character above 0xFF can only add a candidate hit
 * (which the rules then reject), never hide one.
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

interface Layout {
  state: number;
  classes: number;
  accepting: number;
  next: number;
  text: number;
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
const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const name = (text: string) => vector([...text].map((char) => [char.charCodeAt(0)]));

/** scan(len, state) -> hit count; hits are (end index, state) pairs at `out`; the final state is stored at 0. */
function assemble(layout: Layout): Uint8Array {
  const get = (index: number) => [0x20, index];
  const set = (index: number) => [0x21, index];
  const i32 = (value: number) => [0x41, value]; // small non-negative constants only
  // params: 0 len, 1 state; locals: 2 i, 3 count
  const body = [
    0x02,
    0x40,
    0x03,
    0x40,
    ...get(2),
    ...get(0),
    0x4f,
    0x0d,
    1, // i >= len: leave the loop
    ...get(1),
    ...get(2),
    0x2d,
    0,
    ...uleb(layout.text),
    0x2d,
    0,
    ...uleb(layout.classes),
    0x6a,
    ...i32(1),
    0x74,
    0x2f,
    1,
    ...uleb(layout.next),
    ...set(1), // state = next[state + class[text[i]]]
    ...get(1),
    0x2d,
    0,
    ...uleb(layout.accepting),
    0x04,
    0x40, // accepting: record (i, state)
    ...get(3),
    ...i32(3),
    0x74,
    ...get(2),
    0x36,
    2,
    ...uleb(layout.out),
    ...get(3),
    ...i32(3),
    0x74,
    ...get(1),
    0x36,
    2,
    ...uleb(layout.out + 4),
    ...get(3),
    ...i32(1),
    0x6a,
    ...set(3),
    0x0b,
    ...get(2),
    ...i32(1),
    0x6a,
    ...set(2),
    0x0c,
    0,
    0x0b,
    0x0b,
    ...i32(0),
    ...get(1),
    0x36,
    2,
    ...uleb(layout.state),
    ...get(3),
    0x0b,
  ];
  const code = [...vector([[2, 0x7f]]), ...body];
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vector([[0x60, 2, 0x7f, 0x7f, 1, 0x7f]])),
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
  scan(text: string, onHit: (end: number, state: number) => void): void;
}

/** A WebAssembly scanner for this automaton, or undefined when its tables do not fit the 16-bit layout. */
export function wasmScanner(prefilter: Prefilter): WasmScanner | undefined {
  if (!(prefilter.next instanceof Uint16Array) || !wasmApi) return undefined;
  const states = prefilter.next.length;
  const layout: Layout = { state: 0, classes: 16, accepting: 16 + 256, next: 0, text: 0, out: 0, pages: 0 };
  const align = (offset: number) => Math.ceil(offset / 8) * 8;
  layout.next = align(layout.accepting + states);
  layout.text = align(layout.next + states * 2);
  layout.out = align(layout.text + BLOCK);
  layout.pages = Math.ceil((layout.out + BLOCK * 8) / PAGE);
  let instance: { exports: Record<string, unknown> };
  try {
    instance = new wasmApi.Instance(new wasmApi.Module(assemble(layout)));
  } catch {
    return undefined;
  }
  const memory = instance.exports.memory as { buffer: ArrayBuffer };
  const scanBlock = instance.exports.scan as (length: number, state: number) => number;
  const bytes = Buffer.from(memory.buffer);
  const words = new Int32Array(memory.buffer);
  bytes.set(prefilter.classes.subarray(0, 256), layout.classes);
  bytes.set(prefilter.accepting, layout.accepting);
  bytes.set(new Uint8Array(prefilter.next.buffer, prefilter.next.byteOffset, prefilter.next.byteLength), layout.next);
  return {
    scan(text, onHit) {
      let state = 0;
      for (let start = 0; start < text.length; start += BLOCK) {
        const length = bytes.write(text.slice(start, start + BLOCK), layout.text, BLOCK, 'latin1');
        const count = scanBlock(length, state);
        state = words[layout.state >> 2] as number;
        const base = layout.out >> 2;
        for (let k = 0; k < count; k++)
          onHit(start + (words[base + 2 * k] as number), words[base + 2 * k + 1] as number);
      }
    },
  };
}
