/**
 * Reading the text of a plan file: YAML or JSON through the `yaml` package, into plain data that
 * keeps where every node came from (so issues carry line and column) and the source text of
 * every number (so `30.90` keeps its two decimals). No file system access.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { findJsonError } from './json-syntax.js';
import type { IssueSeverity, PlanIssue, PlanIssueCode } from './issues.js';

export type Path = readonly (string | number)[];

/** Keys that could reach an object's prototype; rejected anywhere in a plan file. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** More alias expansions than a plan file ever needs (guards against "billion laughs"). */
const MAX_ALIASES = 100;
/** Deeper nesting than a plan file ever needs (guards the recursive walk). */
const MAX_DEPTH = 32;

interface Offsets {
  key?: number;
  value?: number;
}

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
}

const keyOf = (path: Path): string => JSON.stringify(path);

function buildIssue(
  code: PlanIssueCode,
  path: Path,
  message: string,
  where: { line: number; col: number } | undefined,
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
 * Parses plan-file text into plain data (null-prototype objects) with a source map. Syntax errors,
 * empty documents and forbidden keys come back as issues; this function does not throw on any
 * input text.
 *
 * @example
 * const r = readSource('id: x\nyear: 2014\n'); r.ok && r.map.numberText(['year']) //=> '2014'
 */
export function readSource(text: string, options: ReadSourceOptions = {}): SourceResult {
  const { file } = options;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = new LineCounter();
  const top = (code: PlanIssueCode, message: string, where?: { line: number; col: number }): PlanIssue =>
    buildIssue(code, [], message, where ?? { line: 1, col: 1 }, file, {});

  if (body.trim() === '') return { ok: false, issues: [top('empty_file', 'the plan file is empty')] };

  const doc = parseDocument(body, { lineCounter: lines, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors.map((e) =>
    top('syntax_error', `${e.code}: ${e.message.split('\n')[0] ?? ''}`, lines.linePos(e.pos[0])),
  );
  if (syntax.length > 0) return { ok: false, issues: syntax };
  if (options.format === 'json') {
    const offset = findJsonError(body);
    if (offset !== undefined) {
      const found = body[offset];
      const what = found === undefined ? 'the end of the text' : JSON.stringify(found);
      return { ok: false, issues: [top('syntax_error', `invalid JSON: unexpected ${what}`, lines.linePos(offset))] };
    }
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, issues: [top('empty_file', 'the plan file holds no data')] };
  }

  const offsets = new Map<string, Offsets>();
  const numbers = new Map<string, string>();
  const issues: PlanIssue[] = [];
  const map: SourceMap = {
    numberText: (path) => numbers.get(keyOf(path)),
    issue(code, path, message, extra = {}) {
      let where: number | undefined;
      for (let n = path.length; n >= 0 && where === undefined; n -= 1) {
        const found = offsets.get(keyOf(path.slice(0, n)));
        where = extra.at === 'key' && n === path.length ? (found?.key ?? found?.value) : (found?.value ?? found?.key);
      }
      return buildIssue(code, path, message, where === undefined ? undefined : lines.linePos(where), file, extra);
    },
  };
  const record = (path: Path, part: keyof Offsets, offset: number | undefined): void => {
    if (offset === undefined) return;
    const k = keyOf(path);
    offsets.set(k, { ...offsets.get(k), [part]: offset });
  };

  const walk = new Walker(doc, body, record, numbers, issues, map);
  const data = walk.convert(doc.contents, [], 0);
  const fatal = issues.some((i) => i.code === 'syntax_error');
  return fatal ? { ok: false, issues } : { ok: true, data, map, issues };
}

/** Converts yaml nodes to plain data, recording positions and number texts on the way. */
class Walker {
  private aliases = 0;

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly record: (path: Path, part: keyof Offsets, offset: number | undefined) => void,
    private readonly numbers: Map<string, string>,
    private readonly issues: PlanIssue[],
    private readonly map: SourceMap,
  ) {}

  convert(node: unknown, path: Path, depth: number, viaAlias = false): unknown {
    if (depth > MAX_DEPTH) {
      this.issues.push(this.map.issue('syntax_error', path, `nesting deeper than ${MAX_DEPTH} levels`));
      return null;
    }
    if (isAlias(node)) {
      this.record(path, 'value', node.range?.[0]);
      this.aliases += 1;
      const target = this.aliases > MAX_ALIASES ? undefined : node.resolve(this.doc);
      if (target === undefined) {
        if (this.aliases > MAX_ALIASES + 1) return null;
        this.issues.push(this.map.issue('syntax_error', path, `alias *${node.source} cannot be expanded (missing, or more than ${MAX_ALIASES} aliases)`));
        return null;
      }
      return this.convert(target, path, depth + 1, true);
    }
    const range = (node as Node | null)?.range;
    if (!viaAlias) this.record(path, 'value', range?.[0]);
    if (isScalar(node)) {
      if (typeof node.value === 'number' && range) {
        const written = this.text.slice(range[0], range[1]);
        this.numbers.set(keyOf(path), written);
        // .nan and .inf are no numbers a plan can use: keep them as text for the checks to name.
        if (!Number.isFinite(node.value)) return written;
      }
      return node.value;
    }
    if (isSeq(node)) return node.items.map((item, i) => this.convert(item, [...path, i], depth + 1));
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
          this.issues.push(this.map.issue('invalid_type', path, 'mapping keys must be plain strings', { value: keyNode?.toString() }));
          continue;
        }
        const key = String(keyNode.value);
        const child = [...path, key];
        this.record(child, 'key', keyNode.range?.[0]);
        if (FORBIDDEN_KEYS.has(key)) {
          this.issues.push(this.map.issue('forbidden_key', child, `the key ${JSON.stringify(key)} is not allowed`, { value: key, at: 'key' }));
          continue;
        }
        out[key] = this.convert(pair.value, child, depth + 1);
      }
      return out;
    }
    return node ?? null;
  }
}
