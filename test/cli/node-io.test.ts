import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIO, writeFileAtomic } from '../../src/cli/node-io.js';

const dir = mkdtempSync(join(tmpdir(), 'growth-targets-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the file whole and leaves no temp file', async () => {
    const path = join(dir, 'a.txt');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, '第二');
    expect(readFileSync(path, 'utf8')).toBe('第二');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
  it('on failure (the target is a folder) rejects and removes its temp file', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(join(sub, 'target'), { recursive: true });
    await expect(writeFileAtomic(join(sub, 'target'), 'x')).rejects.toThrow();
    expect(readdirSync(sub)).toEqual(['target']);
  });
  it('rejects when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'b.txt'), 'x')).rejects.toThrow();
  });
});

describe('nodeIO', () => {
  it('stats, lists and reads', async () => {
    const io = nodeIO();
    expect(await io.stat(join(dir, 'nothing-here'))).toBeUndefined();
    expect(await io.stat(dir)).toEqual({ isFile: false, isDirectory: true });
    const entries = await io.listDir(dir);
    expect(entries.some((e) => e.name === 'a.txt' && !e.isDirectory)).toBe(true);
    expect(await io.readFile(join(dir, 'a.txt'))).toBe('第二');
  });
});
