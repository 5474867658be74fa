/**
 * A strict JSON syntax check that says where the first error is. YAML accepts JSON's superset
 * (trailing commas, comments, single quotes), so a `.json` plan is also held to RFC 8259 here;
 * `JSON.parse` does not report positions on every Node version.
 */

const WS = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
/** Deeper than any plan; keeps the recursion bounded. */
const MAX_DEPTH = 200;

class JsonSyntaxError {
  constructor(readonly offset: number) {}
}

/**
 * The offset of the first JSON syntax error in `text`, or undefined when it is valid JSON.
 *
 * @example
 * findJsonError('[1,]') //=> 3
 */
export function findJsonError(text: string): number | undefined {
  let pos = 0;
  const skip = (): void => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const match = (re: RegExp): boolean => {
    re.lastIndex = pos;
    if (!re.test(text)) return false;
    pos = re.lastIndex;
    return true;
  };
  const expect = (ch: string): void => {
    if (text[pos] !== ch) throw new JsonSyntaxError(pos);
    pos += 1;
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(pos);
    skip();
    const ch = text[pos];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      pos += 1;
      skip();
      if (text[pos] === close) {
        pos += 1;
        return;
      }
      for (;;) {
        if (close === '}') {
          skip();
          if (!match(STRING)) throw new JsonSyntaxError(pos);
          skip();
          expect(':');
        }
        value(depth + 1);
        skip();
        if (text[pos] === ',') {
          pos += 1;
          continue;
        }
        expect(close);
        return;
      }
    }
    if (match(STRING) || match(NUMBER) || match(LITERAL)) return;
    throw new JsonSyntaxError(pos);
  };
  try {
    value(0);
    skip();
    return pos < text.length ? pos : undefined;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e.offset;
    throw e;
  }
}
