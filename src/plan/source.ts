/**
 * Reading the text of a plan file: YAML or JSON through js-yaml's event parser, into plain data
 * that keeps where every node came from (so issues carry line and column) and the written text of
 * every number (so `30.90` keeps its two decimals). Plain scalars resolve as the YAML 1.2 core
 * schema does (scalars.ts); quoted ones stay text. A long file is parsed in pieces (top-level
 * entries, runs of sequence items), so that js-yaml's events of one piece only are in memory.
 * Bounded by {@link PLAN_LIMITS}. No file system access.
 */
// The 'browser' build is the same js-yaml, compiled to plain ES2015+: its parser state is an
// ordinary object, where the default ESM build's object spread leaves V8 four times slower.
import { parseEvents, getScalarValue, YAMLException, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, type Event, type ScalarEvent } from 'js-yaml/browser';
import { findJsonError } from './json-syntax.js';
import type { IssueSeverity, PlanIssue, PlanIssueCode } from './issues.js';
import { PLAN_LIMITS } from './limits.js';
import { resolvePlain, resolveTagged, type CoreScalarTag, type Scalar } from './scalars.js';

export type Path = readonly (string | number)[];

/** Keys that could reach an object's prototype; rejected anywhere in a plan file. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// js-yaml's event and style ids, taken into module constants so that the hot loop compares numbers.
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL_BLOCK, FOLDED_BLOCK } = SCALAR_STYLE;
const { BLOCK } = COLLECTION_STYLE;
const NONE = -1;

/** Where the nodes of one parsed file are, and how to make issues that point at them. */
export interface SourceMap {
  /** The source text of the number written at `path`, when a YAML/JSON number is there. */
  numberText(path: Path): string | undefined;
  /** Makes an issue located at `path` (or its nearest ancestor present in the file). */
  issue(code: PlanIssueCode, path: Path, message: string, extra?: IssueExtra): PlanIssue;
}

export interface IssueExtra {
  readonly value?: unknown;
  /** Point at the key of a mapping entry instead of its value. */
  readonly at?: 'key' | 'value';
  readonly severity?: IssueSeverity;
}

export type SourceResult =
  | { readonly ok: true; readonly data: unknown; readonly map: SourceMap; readonly issues: readonly PlanIssue[] }
  | { readonly ok: false; readonly issues: readonly PlanIssue[] };

export interface ReadSourceOptions {
  readonly file?: string;
  readonly format?: 'yaml' | 'json';
  /** Texts longer than this are read in pieces of about this length (see readPieces); tests lower it. */
  readonly pieceLength?: number;
  /** Told whether the text was read in pieces or whole (for tests). */
  readonly onRead?: (how: 'pieces' | 'whole') => void;
}

/**
 * A text longer than this is read in pieces of about this length, so that js-yaml holds the
 * events of one piece at a time (about 18 bytes of events per character of a plan) rather than
 * those of the whole file.
 */
const PIECE_LENGTH = 256 * 1024;

/** 1-based line and column of an offset. */
interface LinePos {
  readonly line: number;
  readonly col: number;
}

/**
 * Finds lines and columns of offsets in one text; the line starts are found on the first call
 * only. Line breaks are LF, CRLF and a lone CR, as YAML has them.
 */
function lineLocator(text: string): (offset: number) => LinePos {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      const lone = text.includes('\r');
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      if (lone) {
        for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
        starts.sort((a, b) => a - b);
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

function buildIssue(
  code: PlanIssueCode,
  path: Path,
  message: string,
  where: LinePos | undefined,
  file: string | undefined,
  extra: IssueExtra,
): PlanIssue {
  return {
    code,
    severity: extra.severity ?? 'error',
    message,
    ...(file !== undefined && { file }),
    path: [...path],
    ...(where !== undefined && { line: where.line, column: where.col }),
    ...('value' in extra && { value: extra.value }),
  };
}

/**
 * Where the entries of one mapping or sequence are: offsets of keys and values (-1 when not
 * known) and the written text of the numbers among its values.
 */
interface Spots {
  /** A mapping's keys in file order; undefined for a sequence (the index is the position). */
  readonly keys: string[] | undefined;
  readonly keyAt: number[];
  readonly valueAt: number[];
  numbers: Map<number, string> | undefined;
}

/** The index of `key` among a container's entries, or -1. */
function entryIndex(spots: Spots, key: string | number): number {
  if (spots.keys === undefined) return typeof key === 'number' && key < spots.valueAt.length ? key : -1;
  return typeof key === 'string' ? spots.keys.indexOf(key) : -1;
}

/**
 * The source map over the data read: walks a path down the data, taking the deepest node the
 * file has (nearest ancestor for a path that is not there).
 */
function sourceMap(root: unknown, rootAt: number, spotsOf: Map<object, Spots>, locate: (offset: number) => LinePos, file: string | undefined): SourceMap {
  const spotsAt = (node: unknown): Spots | undefined => (node !== null && typeof node === 'object' ? spotsOf.get(node) : undefined);
  return {
    numberText(path) {
      let node = root;
      for (let n = 0; n < path.length - 1; n += 1) node = (node as Record<string | number, unknown> | null | undefined)?.[path[n] as string];
      const spots = spotsAt(node);
      const last = path[path.length - 1];
      if (spots === undefined || last === undefined) return undefined;
      const i = entryIndex(spots, last);
      return i < 0 ? undefined : spots.numbers?.get(i);
    },
    issue(code, path, message, extra = {}) {
      let where = rootAt;
      let node = root;
      for (let n = 0; n < path.length; n += 1) {
        const spots = spotsAt(node);
        const key = path[n] as string | number;
        const i = spots === undefined ? -1 : entryIndex(spots, key);
        if (spots === undefined || i < 0) break;
        const keyAt = spots.keys === undefined ? NONE : (spots.keyAt[i] ?? NONE);
        const valueAt = spots.valueAt[i] ?? NONE;
        const preferKey = extra.at === 'key' && n === path.length - 1;
        const found = preferKey ? (keyAt !== NONE ? keyAt : valueAt) : valueAt !== NONE ? valueAt : keyAt;
        if (found !== NONE) where = found;
        node = (node as Record<string | number, unknown>)[key];
      }
      return buildIssue(code, path, message, where === NONE ? undefined : locate(where), file, extra);
    },
  };
}

/** A syntax problem the event walk stops at. */
class ReadStop {
  constructor(
    readonly code: PlanIssueCode,
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** The offset of a block scalar's `|` or `>` header, from the start of its content (the next line). */
function blockHeaderAt(text: string, valueStart: number): number {
  let end = valueStart;
  if (text.charCodeAt(end - 1) === 10) end -= 1;
  if (text.charCodeAt(end - 1) === 13) end -= 1;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const header = /[|>][0-9+-]{0,2}(?:[ \t]+#.*)?[ \t]*$/.exec(text.slice(start, end));
  return header === null ? valueStart : start + header.index;
}

/** A mapping or sequence being read. */
interface Frame {
  readonly kind: typeof SEQUENCE | typeof MAPPING;
  readonly value: unknown[] | Record<string, unknown>;
  readonly spots: Spots;
  readonly at: number;
  /** Its anchor, to register once the node is complete. */
  readonly anchor: string | undefined;
  /** The node count when it began (for the size of an anchored node). */
  readonly nodesBefore: number;
  /** A mapping's pending key (undefined: the next node is a key). */
  key: string | undefined;
  keyAt: number;
  /** The end offset of the pending key's text (to place an empty value after its colon). */
  keyEnd: number;
  /** The next value is dropped (its key was refused). */
  skip: boolean;
  /** The key position is taken by a node that is not a key (a refused key). */
  badKey: boolean;
  /** Inside a value that is dropped: its problems are not reported. */
  readonly muted: boolean;
}

interface Anchor {
  readonly value: unknown;
  readonly nodes: number;
  readonly numberText: string | undefined;
}

/** Turns js-yaml events into plain data, recording positions; bounded by PLAN_LIMITS. */
class EventReader {
  readonly spotsOf = new Map<object, Spots>();
  readonly issues: PlanIssue[] = [];
  /** Issues found past PLAN_LIMITS.maxIssues: counted, not kept. */
  omitted = 0;
  root: unknown = undefined;
  rootAt = NONE;
  /** The decoded text of the last scalar read. */
  private source = '';
  private readonly frames: Frame[] = [];
  private readonly anchors = new Map<string, Anchor>();
  private readonly open = new Set<string>();
  private nodes = 0;
  private aliases = 0;
  private aliasNodes = 0;
  private documents = 0;
  private readonly tagHandles = new Map<string, string>([
    ['!', '!'],
    ['!!', 'tag:yaml.org,2002:'],
  ]);

  constructor(
    private readonly text: string,
    private readonly issueAt: (code: PlanIssueCode, path: Path, message: string, offset: number, value?: unknown) => PlanIssue,
  ) {}

  /**
   * Reads events `from` to `to` (all by default); throws a {@link ReadStop} at the first problem
   * that ends the reading. Reading can go on with the events of the next piece of the text.
   */
  read(events: readonly Event[], from = 0, to = events.length): void {
    const text = this.text;
    for (let i = from; i < to; i += 1) {
      const ev = events[i] as Event;
      switch (ev.type) {
        case SCALAR: {
          const at = this.scalarAt(ev);
          this.count(1, at);
          const value = this.scalar(ev);
          const numberText = typeof value === 'number' ? this.source : undefined;
          if (ev.anchorStart !== NONE) this.anchors.set(text.slice(ev.anchorStart, ev.anchorEnd), { value, nodes: 1, numberText });
          this.add(value, at, numberText, ev.valueEnd);
          break;
        }
        case MAPPING:
        case SEQUENCE: {
          if (ev.tagStart !== NONE) this.checkTag(ev.tagStart, ev.tagEnd, ev.type === MAPPING ? 'map' : 'seq');
          this.count(1, ev.start);
          const anchor = ev.anchorStart === NONE ? undefined : text.slice(ev.anchorStart, ev.anchorEnd);
          if (anchor !== undefined) this.open.add(anchor);
          const value: unknown[] | Record<string, unknown> = ev.type === MAPPING ? ({} as Record<string, unknown>) : [];
          const spots: Spots = { keys: ev.type === MAPPING ? [] : undefined, keyAt: [], valueAt: [], numbers: undefined };
          this.spotsOf.set(value, spots);
          const parent = this.frames[this.frames.length - 1];
          const muted = parent !== undefined && (parent.muted || (parent.kind === MAPPING && parent.skip));
          this.frames.push({ kind: ev.type, value, spots, at: ev.start, anchor, nodesBefore: this.nodes - 1, key: undefined, keyAt: NONE, keyEnd: NONE, skip: false, badKey: false, muted });
          break;
        }
        case POP: {
          const frame = this.frames.pop();
          if (frame === undefined) break; // the end of a document
          if (frame.kind === MAPPING && (frame.key !== undefined || frame.badKey)) throw new ReadStop('syntax_error', 'a mapping key without a value', frame.keyAt);
          if (frame.anchor !== undefined) {
            this.open.delete(frame.anchor);
            this.anchors.set(frame.anchor, { value: frame.value, nodes: this.nodes - frame.nodesBefore, numberText: undefined });
          }
          this.add(frame.value, frame.at, undefined, NONE);
          break;
        }
        case ALIAS: {
          const name = text.slice(ev.anchorStart, ev.anchorEnd);
          const at = ev.anchorStart - 1;
          const anchor = this.anchors.get(name);
          if (anchor === undefined) {
            throw new ReadStop('syntax_error', this.open.has(name) ? `the alias *${name} refers to the node it is part of` : `the alias *${name} has no anchor &${name} before it`, at);
          }
          this.aliases += 1;
          this.aliasNodes += anchor.nodes;
          if (this.aliases > PLAN_LIMITS.maxAliases) {
            throw new ReadStop('limit_exceeded', `more than ${PLAN_LIMITS.maxAliases} aliases (PLAN_LIMITS.maxAliases)`, at);
          }
          if (this.aliasNodes > PLAN_LIMITS.maxAliasNodes) {
            throw new ReadStop('limit_exceeded', `the aliases expand to more than ${PLAN_LIMITS.maxAliasNodes} nodes (PLAN_LIMITS.maxAliasNodes); *${name} alone is ${anchor.nodes}`, at);
          }
          this.count(anchor.nodes, at);
          this.add(anchor.value, at, anchor.numberText, NONE);
          break;
        }
        case DOCUMENT: {
          this.documents += 1;
          if (this.documents > 1) throw new ReadStop('syntax_error', 'a plan file holds one YAML document; a second one starts here', this.nextOffset(events, i));
          for (const d of ev.directives) if (d.kind === 'tag') this.tagHandles.set(d.handle, d.prefix);
          break;
        }
      }
    }
  }

  /** The offset of the first node after event i (where a document starts), or the end of the text. */
  private nextOffset(events: readonly Event[], i: number): number {
    for (let j = i + 1; j < events.length; j += 1) {
      const ev = events[j] as Event;
      if (ev.type === SCALAR && ev.valueStart !== NONE) return this.scalarAt(ev);
      if (ev.type === SEQUENCE || ev.type === MAPPING) return ev.start;
      if (ev.type === ALIAS) return ev.anchorStart - 1;
    }
    const marker = this.text.lastIndexOf('---');
    return marker === -1 ? this.text.length : marker;
  }

  private count(n: number, at: number): void {
    this.nodes += n;
    if (this.nodes > PLAN_LIMITS.maxNodes) {
      throw new ReadStop('limit_exceeded', `more than ${PLAN_LIMITS.maxNodes} YAML nodes (PLAN_LIMITS.maxNodes)`, at);
    }
  }

  /** Where an issue about a scalar points: its first character (a quote, a block header). */
  private scalarAt(ev: ScalarEvent): number {
    if (ev.valueStart === NONE) return ev.tagStart !== NONE ? ev.tagStart : ev.anchorStart !== NONE ? ev.anchorStart - 1 : NONE;
    switch (ev.style) {
      case SINGLE_QUOTED:
      case DOUBLE_QUOTED:
        return ev.valueStart - 1;
      case LITERAL_BLOCK:
      case FOLDED_BLOCK:
        return blockHeaderAt(this.text, ev.valueStart);
      default:
        return ev.valueStart;
    }
  }

  /** A scalar's value; its decoded text is left in {@link source} (a number's written text). */
  private scalar(ev: ScalarEvent): Scalar {
    const source = ev.valueStart === NONE ? '' : ev.fast ? this.text.slice(ev.valueStart, ev.valueEnd) : getScalarValue(this.text, ev);
    this.source = source;
    if (ev.tagStart === NONE) return ev.style === PLAIN ? resolvePlain(source) : source;
    const tag = this.checkTag(ev.tagStart, ev.tagEnd, 'scalar');
    if (tag === undefined) return source;
    const resolved = resolveTagged(source, tag);
    if (resolved !== undefined) return resolved;
    this.report('unsupported_tag', this.path(), `${JSON.stringify(source)} is not a !!${tag}`, ev.tagStart, source);
    return source;
  }

  /**
   * Checks an explicit tag: the core schema's on the node kind they fit, or `!`. Anything else is
   * an unsupported_tag issue (the node is then read as if untagged, a scalar as text).
   * Returns the core scalar tag to resolve with, if any.
   */
  private checkTag(start: number, end: number, kind: 'scalar' | 'map' | 'seq'): CoreScalarTag | undefined {
    const raw = this.text.slice(start, end);
    if (raw === '!') return kind === 'scalar' ? 'str' : undefined;
    const name = this.tagName(raw);
    const core = name.startsWith('tag:yaml.org,2002:') ? name.slice(18) : undefined;
    if (kind === 'scalar' && (core === 'str' || core === 'null' || core === 'bool' || core === 'int' || core === 'float')) return core;
    if (core === kind) return undefined;
    const what = core === 'map' || core === 'seq' || core === 'str' || core === 'null' || core === 'bool' || core === 'int' || core === 'float' ? `cannot tag a ${kind === 'scalar' ? 'scalar' : kind === 'map' ? 'mapping' : 'sequence'}` : 'is not a tag plan files use (only the YAML core schema: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)';
    this.report('unsupported_tag', this.path(), `the tag ${raw} ${what}`, start, raw);
    return undefined;
  }

  /** The full name of a tag as written (`!!str` is `tag:yaml.org,2002:str`). */
  private tagName(raw: string): string {
    if (raw.startsWith('!<')) return raw.slice(2, -1);
    const second = raw.indexOf('!', 1);
    const handle = second === -1 ? '!' : raw.slice(0, second + 1);
    const prefix = this.tagHandles.get(handle);
    return prefix === undefined ? raw : prefix + raw.slice(handle.length);
  }

  /** Records an issue found while reading, unless it is inside a value that is dropped anyway. */
  private report(code: PlanIssueCode, path: Path, message: string, offset: number, value?: unknown): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame !== undefined && (frame.muted || (frame.kind === MAPPING && frame.skip && frame.key !== undefined))) return;
    if (this.issues.length >= PLAN_LIMITS.maxIssues) this.omitted += 1;
    else this.issues.push(this.issueAt(code, path, message, offset, value));
  }

  /** The path of the node being read (for issues found while reading it). */
  private path(): (string | number)[] {
    const out: (string | number)[] = [];
    for (const f of this.frames) {
      if (f.kind === SEQUENCE) out.push((f.value as unknown[]).length);
      else if (f.key !== undefined) out.push(f.key);
    }
    return out;
  }

  /** Adds a complete node to the mapping or sequence being read (or makes it the root). */
  private add(value: unknown, at: number, numberText: string | undefined, end: number): void {
    const frame = this.frames[this.frames.length - 1];
    if (frame === undefined) {
      this.root = value;
      this.rootAt = at;
      return;
    }
    const spots = frame.spots;
    if (frame.kind === SEQUENCE) {
      const list = frame.value as unknown[];
      if (numberText !== undefined) (spots.numbers ??= new Map()).set(list.length, numberText);
      list.push(value);
      spots.valueAt.push(at);
      return;
    }
    if (frame.key === undefined && !frame.badKey) {
      this.addKey(frame, value, at, end);
      return;
    }
    const key = frame.key;
    const keep = !frame.skip && key !== undefined;
    frame.key = undefined;
    frame.skip = false;
    frame.badKey = false;
    if (!keep) return;
    const valueAt = at !== NONE ? at : frame.keyEnd === NONE ? NONE : this.afterColon(frame.keyEnd);
    if (numberText !== undefined) (spots.numbers ??= new Map()).set(spots.valueAt.length, numberText);
    (frame.value as Record<string, unknown>)[key] = value;
    (spots.keys as string[]).push(key);
    spots.keyAt.push(frame.keyAt);
    spots.valueAt.push(valueAt);
  }

  private addKey(frame: Frame, value: unknown, at: number, end: number): void {
    if (typeof value !== 'string' && typeof value !== 'number') {
      frame.badKey = true;
      frame.skip = true;
      frame.keyAt = at !== NONE ? at : frame.at;
      const shown = value === null || typeof value !== 'object' ? String(value) : Array.isArray(value) ? 'a sequence' : 'a mapping';
      this.report('invalid_type', this.path(), 'mapping keys must be plain strings', frame.keyAt, shown);
      return;
    }
    const key = String(value);
    frame.key = key;
    frame.keyAt = at;
    frame.keyEnd = end;
    if (FORBIDDEN_KEYS.has(key)) {
      this.report('forbidden_key', this.path(), `the key ${JSON.stringify(key)} is not allowed`, at, key);
      frame.skip = true;
    } else if (Object.hasOwn(frame.value, key)) {
      throw new ReadStop('syntax_error', `the key ${JSON.stringify(key)} appears twice in one mapping`, at);
    }
  }

  /** Just after the colon that follows a key ending at `keyEnd` (where an empty value is), if one does. */
  private afterColon(keyEnd: number): number {
    const colon = this.text.indexOf(':', keyEnd);
    return colon !== -1 && /^["']?[ \t]*$/.test(this.text.slice(keyEnd, colon)) ? colon + 1 : NONE;
  }
}

/** A first problem in the text itself: NUL bytes and U+FFFD, which no plan text holds. */
function findBadCharacter(text: string): { offset: number; message: string } | undefined {
  const nul = text.indexOf('\u0000');
  const replacement = text.indexOf('\uFFFD');
  if (nul === -1 && replacement === -1) return undefined;
  if (replacement === -1 || (nul !== -1 && nul < replacement)) return { offset: nul, message: 'the text holds a NUL byte (U+0000)' };
  return { offset: replacement, message: 'the text holds U+FFFD, the mark of bytes that were not valid UTF-8 when the file was decoded' };
}

/**
 * The characters of `text` that begin or separate YAML nodes: `- ? : , [ { *`. A file has at most
 * a few nodes for each (a key and its value for a colon), and a plan about one: the bound that
 * keeps the parser from running on a text with more nodes than PLAN_LIMITS.maxNodes.
 *
 * @example
 * countNodeMarks('a: [1, 2]') //=> 3
 */
export function countNodeMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 44 || c === 45 || c === 63 || c === 91 || c === 123 || c === 42) n += 1;
  }
  return n;
}

/**
 * The last issue of a file with more than PLAN_LIMITS.maxIssues: how many were left out.
 *
 * @example
 * tooManyIssues(5).code //=> 'too_many_issues'
 */
export function tooManyIssues(omitted: number, file?: string, severity: IssueSeverity = 'error'): PlanIssue {
  return {
    code: 'too_many_issues',
    severity,
    message: `${omitted} more issues left out: a file reports at most ${PLAN_LIMITS.maxIssues} (PLAN_LIMITS.maxIssues)`,
    ...(file !== undefined && { file }),
    path: [],
    value: omitted,
  };
}

const byPosition = (a: PlanIssue, b: PlanIssue): number =>
  (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? Infinity) - (b.column ?? Infinity);

/** The js-yaml parser's events, or the syntax error that stops it. */
function parse(body: string, maxDepth = PLAN_LIMITS.maxDepth): Event[] | ReadStop {
  try {
    return parseEvents(body, { maxDepth });
  } catch (error) {
    if (error instanceof YAMLException) {
      const reason = error.reason.startsWith('nesting exceeded maxDepth') ? `nesting deeper than ${PLAN_LIMITS.maxDepth} levels (PLAN_LIMITS.maxDepth)` : error.reason;
      return new ReadStop('syntax_error', reason, error.mark?.position ?? 0);
    }
    // Whatever else the parser throws (it should not), the host lives on.
    return new ReadStop('syntax_error', `the YAML parser failed: ${error instanceof Error ? error.message : String(error)}`, 0);
  }
}

/** A run of whole lines of a long plan file that js-yaml parses on its own (see planPieces). */
export interface Piece {
  readonly start: number;
  readonly end: number;
  /**
   * `entry`: one top-level `key: value`; `head`: a top-level key and the first items of its
   * block sequence; `items`: the next items of that sequence (a block sequence on its own).
   */
  readonly kind: 'entry' | 'head' | 'items';
  /** Where the first item's `-` is (head and items; -1 for an entry). */
  readonly dash: number;
  /** The last piece of a split sequence (items), after which the sequence ends. */
  readonly last: boolean;
}

/** True when the character at `i` ends a `-` or `?` indicator (a space, a line break or the end). */
const endsIndicator = (text: string, i: number): boolean => i >= text.length || text[i] === ' ' || text[i] === '\n' || text[i] === '\r';

/**
 * The pieces to read a long plan file in, or undefined when it cannot be split: the root must be a
 * block mapping whose keys start at column 0, without directives, document markers, explicit keys
 * or properties at column 0. Every line at column 0 then starts a top-level entry (in a valid
 * file: any construct inside an entry is indented), and in an entry whose value is a block
 * sequence at indentation k, every line of k spaces and a `-` starts an item. A piece that does
 * not read as expected makes the caller read the whole text instead, so a file reads the same in
 * pieces or whole, errors included.
 *
 * @example
 * planPieces('a: 1\nlist:\n  - x\n  - y\n', 8)?.map((p) => p.kind) //=> ['entry', 'head', 'items']
 */
export function planPieces(text: string, length: number): Piece[] | undefined {
  const entries: { start: number; key: number; dashes: number[] }[] = [];
  // Line starts after LF only: a lone CR (a line break to js-yaml) at worst leaves two lines in one piece.
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    const c = text[at] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '#') continue;
    if (c === '-' && endsIndicator(text, at + 1)) {
      // An item at column 0: only in a top-level key's sequence at indentation 0.
      const entry = entries[entries.length - 1];
      if (entry === undefined) return undefined;
      entry.dashes.push(at);
      continue;
    }
    if ('%?:[{&*!|>'.includes(c) || text.startsWith('---', at) || text.startsWith('...', at)) return undefined;
    entries.push({ start: entries.length === 0 ? 0 : at, key: at, dashes: [] });
  }
  if (entries.length === 0) return undefined;
  const out: Piece[] = [];
  entries.forEach((entry, i) => {
    const end = entries[i + 1]?.start ?? text.length;
    const dashes = entry.dashes.length > 0 ? entry.dashes : end - entry.start > length ? itemDashes(text, entry.key, end) : [];
    const first = dashes[0];
    if (first === undefined || end - entry.start <= length) {
      out.push({ start: entry.start, end, kind: 'entry', dash: NONE, last: false });
      return;
    }
    let start = entry.start;
    let kind: Piece['kind'] = 'head';
    for (let d = 1; d <= dashes.length; d += 1) {
      const next = dashes[d] ?? end;
      if (next - start >= length || d === dashes.length) {
        out.push({ start, end: next, kind, dash: text.indexOf('-', kind === 'head' ? first : start), last: next === end });
        start = next;
        kind = 'items';
      }
    }
  });
  return out;
}

/**
 * The starts of the items of a top-level key's block sequence (its first content line is k spaces
 * and a `-`), or none when the value is something else.
 */
function itemDashes(text: string, key: number, end: number): number[] {
  const keyLineEnd = text.indexOf('\n', key);
  if (keyLineEnd === -1 || keyLineEnd >= end || !/:[ \t]*(?:#.*)?\r?$/.test(text.slice(key, keyLineEnd))) return [];
  const first = /^( *)-(?=[ \r\n]|$)/m;
  let line = keyLineEnd + 1;
  // Skip blank and comment lines to the first content line.
  while (line < end && /^[ \t]*(?:#.*)?\r?$/.test(text.slice(line, text.indexOf('\n', line) === -1 ? end : text.indexOf('\n', line)))) {
    const next = text.indexOf('\n', line);
    if (next === -1) return [];
    line = next + 1;
  }
  const m = first.exec(text.slice(line, Math.min(end, line + 256)));
  if (m === null || m.index !== 0) return [];
  const dash = new RegExp(`^ {${(m[1] ?? '').length}}-(?=[ \\r\\n]|$)`, 'gm');
  dash.lastIndex = line;
  const out: number[] = [];
  for (let d = dash.exec(text); d !== null && d.index < end; d = dash.exec(text)) out.push(d.index);
  return out;
}

/** The offsets of a node's properties, which scalars and collections both have (-1 when absent). */
interface NodeProperties {
  anchorStart: number;
  anchorEnd: number;
  tagStart: number;
  tagEnd: number;
}

/** Moves the offsets of a node's anchor and tag with `by` (an absent one stays -1). */
function shiftProperties(ev: NodeProperties, by: (offset: number) => number): void {
  ev.anchorStart = by(ev.anchorStart);
  ev.anchorEnd = by(ev.anchorEnd);
  ev.tagStart = by(ev.tagStart);
  ev.tagEnd = by(ev.tagEnd);
}

/** Moves the offsets of a piece's events to offsets in the whole text (an absent one stays -1). */
function shift(events: Event[], base: number): void {
  const by = (offset: number): number => (offset === NONE ? NONE : offset + base);
  for (let i = 0; i < events.length; i += 1) {
    const ev = events[i] as Event;
    switch (ev.type) {
      case SCALAR:
        ev.valueStart = by(ev.valueStart);
        ev.valueEnd = by(ev.valueEnd);
        shiftProperties(ev, by);
        break;
      case MAPPING:
      case SEQUENCE:
        ev.start += base;
        shiftProperties(ev, by);
        break;
      case ALIAS:
        ev.anchorStart += base;
        ev.anchorEnd += base;
        break;
    }
  }
}

const POP_EVENT: Event = { type: POP };
const DOCUMENT_EVENT: Event = { type: DOCUMENT, explicitStart: false, explicitEnd: false, directives: [] };

/**
 * Reads the text piece by piece into `reader` (see planPieces). Returns false when a piece does
 * not parse or does not read as its kind says (the caller then reads the whole text); a
 * {@link ReadStop} of the reader also ends it with false.
 */
function readPieces(text: string, pieces: readonly Piece[], reader: EventReader): boolean {
  const is = (ev: Event | undefined, type: number): boolean => ev !== undefined && ev.type === type;
  const block = (ev: Event | undefined, type: typeof MAPPING | typeof SEQUENCE): boolean =>
    ev !== undefined && ev.type === type && ev.style === BLOCK;
  try {
    reader.read([DOCUMENT_EVENT]);
    for (const [i, piece] of pieces.entries()) {
      const events = parse(text.slice(piece.start, piece.end), piece.kind === 'items' ? PLAN_LIMITS.maxDepth - 1 : PLAN_LIMITS.maxDepth);
      if (events instanceof ReadStop) return false;
      const n = events.length;
      if (!is(events[0], DOCUMENT) || !is(events[n - 1], POP) || !is(events[n - 2], POP)) return false;
      shift(events, piece.start);
      if (piece.kind === 'items') {
        const seq = events[1];
        if (!block(seq, SEQUENCE) || (seq as { start: number }).start !== piece.dash) return false;
        reader.read(events, 2, n - 2);
      } else {
        if (!block(events[1], MAPPING)) return false;
        if (i === 0) reader.read(events, 1, 2);
        if (piece.kind === 'entry') reader.read(events, 2, n - 2);
        else {
          const seq = events[3];
          if (!is(events[2], SCALAR) || !block(seq, SEQUENCE) || (seq as { start: number }).start !== piece.dash || !is(events[n - 3], POP)) return false;
          reader.read(events, 2, n - 3);
        }
      }
      if (piece.last) reader.read([POP_EVENT]);
    }
    reader.read([POP_EVENT, POP_EVENT]);
    return true;
  } catch (error) {
    if (error instanceof ReadStop) return false;
    throw error;
  }
}

/**
 * Parses plan-file text into plain data (null-prototype objects) with a source map. Syntax errors,
 * empty documents, forbidden keys, unsupported tags, NUL bytes, U+FFFD and texts past
 * {@link PLAN_LIMITS} come back as issues; this function does not throw on any input text.
 *
 * @example
 * const r = readSource('id: x\nyear: 2014\n'); r.ok && r.map.numberText(['year']) //=> '2014'
 */
export function readSource(text: string, options: ReadSourceOptions = {}): SourceResult {
  const { file } = options;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const locate = lineLocator(body);
  const top = (code: PlanIssueCode, message: string, offset = 0, value?: unknown): PlanIssue =>
    buildIssue(code, [], message, locate(offset), file, value === undefined ? {} : { value });
  const fail = (issue: PlanIssue): SourceResult => ({ ok: false, issues: [issue] });

  if (body.length > PLAN_LIMITS.maxTextLength) {
    return fail(top('limit_exceeded', `the text has ${body.length} characters, more than ${PLAN_LIMITS.maxTextLength} (PLAN_LIMITS.maxTextLength)`, 0, body.length));
  }
  if (!/\S/.test(body)) return fail(top('empty_file', 'the plan file is empty'));
  const bad = findBadCharacter(body);
  if (bad !== undefined) return fail(top('invalid_character', bad.message, bad.offset));
  if (options.format === 'json') {
    const offset = findJsonError(body);
    if (offset !== undefined) {
      const found = body[offset];
      const what = found === undefined ? 'the end of the text' : JSON.stringify(found);
      return fail(top('syntax_error', `invalid JSON: unexpected ${what}`, offset));
    }
  }

  // A text shorter than the node limit cannot pass it; a longer one is counted before js-yaml
  // materialises an event per node.
  const marks = body.length > PLAN_LIMITS.maxNodes ? countNodeMarks(body) : 0;
  if (marks > PLAN_LIMITS.maxNodes) {
    return fail(top('limit_exceeded', `the text has ${marks} node marks (- ? : , [ { *), more than PLAN_LIMITS.maxNodes = ${PLAN_LIMITS.maxNodes} YAML nodes`, 0, marks));
  }
  const issueAt = (code: PlanIssueCode, path: Path, message: string, offset: number, value?: unknown): PlanIssue =>
    buildIssue(code, path, message, offset === NONE ? undefined : locate(offset), file, value === undefined ? {} : { value });
  const done = (reader: EventReader): SourceResult => {
    const issues = reader.omitted === 0 ? reader.issues : [...reader.issues, tooManyIssues(reader.omitted, file)];
    if (reader.root === undefined || reader.root === null) return fail(top('empty_file', 'the plan file holds no data'));
    const map = sourceMap(reader.root, reader.rootAt === NONE ? 0 : reader.rootAt, reader.spotsOf, locate, file);
    return { ok: true, data: reader.root, map, issues };
  };

  const pieceLength = options.pieceLength ?? PIECE_LENGTH;
  const pieces = body.length > pieceLength && options.format !== 'json' ? planPieces(body, pieceLength) : undefined;
  if (pieces !== undefined && pieces.length > 1) {
    const reader = new EventReader(body, issueAt);
    if (readPieces(body, pieces, reader)) {
      options.onRead?.('pieces');
      return done(reader);
    }
  }
  options.onRead?.('whole');

  const events = parse(body);
  if (events instanceof ReadStop) return fail(top(events.code, events.message, events.offset));
  const reader = new EventReader(body, issueAt);
  try {
    reader.read(events);
  } catch (error) {
    if (!(error instanceof ReadStop)) throw error;
    const stop = top(error.code, error.message, error.offset === NONE ? 0 : error.offset);
    const summary = reader.omitted === 0 ? [] : [tooManyIssues(reader.omitted, file)];
    return { ok: false, issues: [...[...reader.issues, stop].sort(byPosition), ...summary] };
  }
  return done(reader);
}
