import type { EventType, State } from 'js-yaml';
import type { MutableLineIndex } from './line-index.js';
import { rawCollectionOf } from './yaml-schema.js';

/** js-yaml's loader state; `tag` is there at run time but missing from @types/js-yaml. */
type LoaderState = State & { tag: string | null };

interface NodeFrame {
  /** 1-based line where the node's content starts, once known. */
  line: number;
  position: number;
  explicitKey: boolean;
  keys: Array<[string, number]>;
  /** Child nodes that are not values of a pair; `key` is set when the child is the key of a flow pair (`[a: 1]`). */
  items: Array<{ line: number; key?: string }>;
  awaitingValue: boolean;
}

/** A plain (unquoted, untagged) scalar as written, with its 1-based line and column. */
export interface PlainScalar {
  raw: string;
  line: number;
  column: number;
}

const UNTAGGED_COLLECTION = new Set<string | null>([null, 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);
const MERGE_KEY = '<<';
const [SPACE, TAB, LF, CR, HASH, COLON, QUESTION] = [0x20, 0x09, 0x0a, 0x0d, 0x23, 0x3a, 0x3f];
const FLOW_OPENERS = new Set([0x5b, 0x7b, 0x2c]);

/**
 * Builds a js-yaml `listener` that records the line of every map key and
 * sequence item. js-yaml fires `open`/`close` around each node; a node closed
 * right before a `:` (or opened right after a `?`) is a key, and the next
 * node closed in the same parent is its value.
 */
export function createPositionListener(
  lines: MutableLineIndex,
  onPlainScalar: (scalar: PlainScalar) => void,
): (event: EventType, state: State) => void {
  const stack: NodeFrame[] = [];
  return (event, rawState) => {
    const state = rawState as LoaderState;
    // js-yaml's own copy of the text: positions refer to it (a BOM is already gone), and it is flat, so indexing is fast.
    const input = state.input;
    if (event === 'open') {
      const frame = contentStart(input, state.position, state.line);
      frame.explicitKey = precededByExplicitKey(input, state.position);
      stack.push(frame);
      return;
    }
    const frame = stack.pop();
    if (frame === undefined) return;
    if (state.kind === 'scalar' && state.tag !== null) reportPlainScalar(frame, state, onPlainScalar);
    if (
      (state.kind === 'mapping' || state.kind === 'sequence') &&
      typeof state.result === 'object' &&
      state.result !== null
    ) {
      const container = UNTAGGED_COLLECTION.has(state.tag)
        ? (state.result as object)
        : rawCollectionOf(state.result);
      if (container !== undefined) recordContainer(lines, container, frame);
    }
    const parent = stack[stack.length - 1];
    if (parent !== undefined) adoptChild(parent, frame, state);
  };
}

function adoptChild(parent: NodeFrame, child: NodeFrame, state: LoaderState): void {
  if (parent.awaitingValue) {
    parent.awaitingValue = false;
    return;
  }
  const item: { line: number; key?: string } = { line: child.line };
  parent.items.push(item);
  if (!child.explicitKey && !followedByMappingIndicator(state.input, state.position)) return;
  parent.awaitingValue = true;
  const key = state.result as unknown;
  if (typeof key === 'object' && key !== null) return;
  item.key = String(key);
  parent.keys.push([item.key, child.line]);
}

function recordContainer(lines: MutableLineIndex, container: object, frame: NodeFrame): void {
  if (Array.isArray(container)) {
    // An empty block item (`-` alone) produces no node event, so counts may differ: then lines are unknown.
    if (frame.items.length === container.length) {
      frame.items.forEach((item, i) => {
        lines.set(container, i, item.line);
        // A flow pair in a sequence becomes a one-key mapping with no node event of its own.
        const pair = container[i] as unknown;
        if (item.key !== undefined && typeof pair === 'object' && pair !== null)
          lines.set(pair, item.key, item.line);
      });
    }
    return;
  }
  let mergeLine: number | undefined;
  for (const [key, line] of frame.keys) {
    if (key === MERGE_KEY) mergeLine ??= line;
    else lines.set(container, key, line);
  }
  if (mergeLine === undefined) return;
  // Keys copied in by a merge key point at the `<<` line that brought them.
  for (const key of Object.keys(container)) lines.set(container, key, mergeLine);
}

function reportPlainScalar(
  frame: NodeFrame,
  state: LoaderState,
  onPlainScalar: (scalar: PlainScalar) => void,
): void {
  if (state.position - frame.position > 200) return;
  const input = state.input;
  let text = input.slice(frame.position, state.position);
  // Anchors may precede the scalar; an explicit tag (`!!int 010`) is a deliberate choice, not ambiguity.
  const anchor = /^&\S+\s+/.exec(text);
  if (anchor !== null) text = text.slice(anchor[0].length);
  if (text.startsWith('!')) return;
  // js-yaml keeps the start of the current line: searching back for it instead is quadratic on a long flow line.
  const lineStart =
    state.line + 1 === frame.line ? state.lineStart : input.lastIndexOf('\n', frame.position - 1) + 1;
  const column = frame.position - lineStart + 1;
  onPlainScalar({ raw: text.trim(), line: frame.line, column });
}

/** Skips the spaces, line breaks and comments js-yaml may not have skipped yet when it opens a node. */
function contentStart(input: string, position: number, line: number): NodeFrame {
  let i = position;
  let lineNumber = line + 1;
  while (i < input.length) {
    const ch = input.charCodeAt(i);
    if (ch === SPACE || ch === TAB || ch === CR) {
      i += 1;
    } else if (ch === LF) {
      lineNumber += 1;
      i += 1;
    } else if (ch === HASH && (i === 0 || isWhitespace(input.charCodeAt(i - 1)))) {
      const end = input.indexOf('\n', i);
      i = end === -1 ? input.length : end;
    } else {
      break;
    }
  }
  return { line: lineNumber, position: i, explicitKey: false, keys: [], items: [], awaitingValue: false };
}

function followedByMappingIndicator(input: string, position: number): boolean {
  let i = position;
  while (input.charCodeAt(i) === SPACE || input.charCodeAt(i) === TAB) i += 1;
  return input.charCodeAt(i) === COLON;
}

function precededByExplicitKey(input: string, position: number): boolean {
  let i = position - 1;
  while (input.charCodeAt(i) === SPACE || input.charCodeAt(i) === TAB) i -= 1;
  if (input.charCodeAt(i) !== QUESTION) return false;
  return i === 0 || isWhitespace(input.charCodeAt(i - 1)) || FLOW_OPENERS.has(input.charCodeAt(i - 1));
}

function isWhitespace(ch: number): boolean {
  return ch === SPACE || ch === TAB || ch === LF || ch === CR;
}
