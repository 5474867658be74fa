// The plan reader growth-targets had before js-yaml (src/plan/source.ts up to commit 485e15a,
// types stripped, strict-JSON check left out): yaml's parseDocument with a LineCounter and source
// tokens, then a walk that records positions and number texts under JSON-path keys. npm run bench
// measures the current reader against it in the same run; nothing else uses it.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_ALIASES = 100;
const MAX_DEPTH = 32;
const keyOf = (path) => JSON.stringify(path);
function buildIssue(code, path, message, where, file, extra) {
  return {
    code,
    severity: extra.severity ?? "error",
    message,
    ...file !== void 0 && { file },
    path: [...path],
    ...where !== void 0 && { line: where.line, column: where.col },
    ..."value" in extra && { value: extra.value }
  };
}
function readSource(text, options = {}) {
  const { file } = options;
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const lines = new LineCounter();
  const top = (code, message, where) => buildIssue(code, [], message, where ?? { line: 1, col: 1 }, file, {});
  if (body.trim() === "") return { ok: false, issues: [top("empty_file", "the plan file is empty")] };
  const doc = parseDocument(body, { lineCounter: lines, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors.map(
    (e) => top("syntax_error", `${e.code}: ${e.message.split("\n")[0] ?? ""}`, lines.linePos(e.pos[0]))
  );
  if (syntax.length > 0) return { ok: false, issues: syntax };
  if (doc.contents === null || isScalar(doc.contents) && doc.contents.value === null) {
    return { ok: false, issues: [top("empty_file", "the plan file holds no data")] };
  }
  const offsets = new Map();
  const numbers = new Map();
  const issues = [];
  const map = {
    numberText: (path) => numbers.get(keyOf(path)),
    issue(code, path, message, extra = {}) {
      let where;
      for (let n = path.length; n >= 0 && where === void 0; n -= 1) {
        const found = offsets.get(keyOf(path.slice(0, n)));
        where = extra.at === "key" && n === path.length ? found?.key ?? found?.value : found?.value ?? found?.key;
      }
      return buildIssue(code, path, message, where === void 0 ? void 0 : lines.linePos(where), file, extra);
    }
  };
  const record = (path, part, offset) => {
    if (offset === void 0) return;
    const k = keyOf(path);
    offsets.set(k, { ...offsets.get(k), [part]: offset });
  };
  const walk = new Walker(doc, body, record, numbers, issues, map);
  const data = walk.convert(doc.contents, [], 0);
  const fatal = issues.some((i) => i.code === "syntax_error");
  return fatal ? { ok: false, issues } : { ok: true, data, map, issues };
}
class Walker {
  constructor(doc, text, record, numbers, issues, map) {
    this.doc = doc;
    this.text = text;
    this.record = record;
    this.numbers = numbers;
    this.issues = issues;
    this.map = map;
  }
  doc;
  text;
  record;
  numbers;
  issues;
  map;
  aliases = 0;
  convert(node, path, depth, viaAlias = false) {
    if (depth > MAX_DEPTH) {
      this.issues.push(this.map.issue("syntax_error", path, `nesting deeper than ${MAX_DEPTH} levels`));
      return null;
    }
    if (isAlias(node)) {
      this.record(path, "value", node.range?.[0]);
      this.aliases += 1;
      const target = this.aliases > MAX_ALIASES ? void 0 : node.resolve(this.doc);
      if (target === void 0) {
        if (this.aliases > MAX_ALIASES + 1) return null;
        this.issues.push(this.map.issue("syntax_error", path, `alias *${node.source} cannot be expanded (missing, or more than ${MAX_ALIASES} aliases)`));
        return null;
      }
      return this.convert(target, path, depth + 1, true);
    }
    const range = node?.range;
    if (!viaAlias) this.record(path, "value", range?.[0]);
    if (isScalar(node)) {
      if (typeof node.value === "number" && range) {
        const written = this.text.slice(range[0], range[1]);
        this.numbers.set(keyOf(path), written);
        if (!Number.isFinite(node.value)) return written;
      }
      return node.value;
    }
    if (isSeq(node)) return node.items.map((item, i) => this.convert(item, [...path, i], depth + 1));
    if (isMap(node)) {
      const out = Object.create(null);
      for (const pair of node.items) {
        const keyNode = pair.key;
        if (!isScalar(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
          this.issues.push(this.map.issue("invalid_type", path, "mapping keys must be plain strings", { value: keyNode?.toString() }));
          continue;
        }
        const key = String(keyNode.value);
        const child = [...path, key];
        this.record(child, "key", keyNode.range?.[0]);
        if (FORBIDDEN_KEYS.has(key)) {
          this.issues.push(this.map.issue("forbidden_key", child, `the key ${JSON.stringify(key)} is not allowed`, { value: key, at: "key" }));
          continue;
        }
        out[key] = this.convert(pair.value, child, depth + 1);
      }
      return out;
    }
    return node ?? null;
  }
}
export {
  readSource
};
