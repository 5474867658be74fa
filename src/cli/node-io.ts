/** The real {@link CliIO}: node's fs/promises, process.stdout/stderr and the environment. */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CliIO, DirEntry, PathInfo } from './io.js';

/**
 * Writes `text` to `path` whole or not at all: a temp file in the same folder, then a rename.
 * On failure the temp file is removed and the error rethrown.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Builds the io of the running process. */
export function nodeIO(): CliIO {
  const cwd = process.cwd();
  const at = (path: string): string => resolve(cwd, path);
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(at(path), 'utf8'),
    writeFileAtomic: (path, text) => writeFileAtomic(at(path), text),
    listDir: async (path): Promise<readonly DirEntry[]> =>
      (await readdir(at(path), { withFileTypes: true })).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })),
    stat: async (path): Promise<PathInfo | undefined> => {
      try {
        const s = await stat(at(path));
        return { isFile: s.isFile(), isDirectory: s.isDirectory() };
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT' || (error as { code?: unknown }).code === 'ENOTDIR') return undefined;
        throw error;
      }
    },
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    cwd,
  };
}
