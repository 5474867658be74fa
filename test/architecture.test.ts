import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// Layers, lowest first. A module may import from its own layer or any lower one,
// except that check, scenario, monitor and text (one layer) never import each other. report renders what
// check and scenario produce; the CLI reaches everything through index (the public API).
const LAYER: Record<string, number> = {
  errors: 0,
  math: 1,
  units: 2,
  plan: 3,
  check: 4,
  scenario: 4,
  monitor: 4,
  text: 4,
  report: 5,
  index: 6,
  cli: 7,
};

function layerOf(file: string): string {
  const first = file.split(sep)[0] ?? '';
  return first.replace(/\.(ts|js)$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SRC = join(__dirname, '..', 'src');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function edges(): { from: string; to: string; file: string; spec: string }[] {
  const out: { from: string; to: string; file: string; spec: string }[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path);
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? '';
      if (!spec.startsWith('.')) {
        out.push({ from: layerOf(file), to: `pkg:${spec}`, file, spec });
        continue;
      }
      const target = relative(SRC, join(path, '..', spec));
      if (target.startsWith('..')) {
        out.push({ from: layerOf(file), to: `outside:${target}`, file, spec });
        continue;
      }
      out.push({ from: layerOf(file), to: layerOf(target), file, spec });
    }
  }
  return out;
}

describe('architecture', () => {
  const all = edges();

  it('finds the source files and their imports (the test can fail)', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((e) => e.from === 'check' && e.to === 'math')).toBe(true);
    expect(all.some((e) => e.from === 'report' && e.to === 'check')).toBe(true);
  });

  it('depends downward only', () => {
    const wrong = all.filter((e) => {
      if (e.to.startsWith('pkg:')) return false;
      if (e.to.startsWith('outside:')) return !(e.from === 'cli' && e.to.endsWith('package.json'));
      const from = LAYER[e.from];
      const to = LAYER[e.to];
      if (from === undefined || to === undefined) return true;
      if (to > from) return true;
      return to === from && e.from !== e.to; // check, scenario, monitor, text are siblings
    });
    expect(wrong.map((e) => `${e.file} -> ${e.spec}`)).toEqual([]);
  });

  it('lets only src/math import decimal.js', () => {
    const wrong = all.filter((e) => e.to === 'pkg:decimal.js' && e.from !== 'math');
    expect(wrong.map((e) => e.file)).toEqual([]);
  });

  it('lets only the CLI touch the process, the file system and the console', () => {
    const wrong: string[] = [];
    for (const path of sourceFiles(SRC)) {
      const file = relative(SRC, path);
      if (layerOf(file) === 'cli') continue;
      const text = readFileSync(path, 'utf8');
      if (/\bprocess\.|from ['"]node:(fs|child_process|process)|console\.\w+\(/.test(text)) wrong.push(file);
    }
    expect(wrong).toEqual([]);
  });

  it('has the CLI use the public API only', () => {
    const wrong = all.filter(
      (e) =>
        e.from === 'cli' &&
        !e.to.startsWith('pkg:') &&
        !e.to.startsWith('outside:') &&
        e.to !== 'cli' &&
        e.to !== 'index',
    );
    expect(wrong.map((e) => `${e.file} -> ${e.spec}`)).toEqual([]);
  });
});
