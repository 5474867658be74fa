/** An in-memory CliIO for in-process CLI tests. */
import type { CliIO, DirEntry, PathInfo } from '../../src/cli/io.js';

export interface MemoryIO extends CliIO {
  readonly files: Map<string, string>;
  readonly out: () => string;
  readonly err: () => string;
}

export interface MemoryIOOptions {
  readonly files?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly isTTY?: boolean;
  /** Make writeFileAtomic fail (as a full disk would), leaving nothing behind. */
  readonly failWrites?: boolean;
  /** Paths whose reading fails although they exist. */
  readonly unreadable?: readonly string[];
}

const norm = (path: string): string => path.replace(/^\.\//, '').replace(/\/+$/, '');

/** Builds a memory io over a flat map of paths (folders are implied by the paths). */
export function memoryIO(options: MemoryIOOptions = {}): MemoryIO {
  const files = new Map(Object.entries(options.files ?? {}).map(([k, v]) => [norm(k), v]));
  let out = '';
  let err = '';
  const isFolder = (path: string): boolean => {
    const p = norm(path);
    return p === '' || p === '.' || [...files.keys()].some((f) => f.startsWith(`${p}/`));
  };
  return {
    files,
    out: () => out,
    err: () => err,
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readFile: async (path) => {
      const p = norm(path);
      const text = files.get(p);
      if (text === undefined || options.unreadable?.includes(p)) throw Object.assign(new Error(`EACCES: ${p}`), { code: 'EACCES' });
      return text;
    },
    writeFileAtomic: async (path, text) => {
      if (options.failWrites === true) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      files.set(norm(path), text);
    },
    listDir: async (path): Promise<readonly DirEntry[]> => {
      const p = norm(path);
      const prefix = p === '' || p === '.' ? '' : `${p}/`;
      const names = new Map<string, boolean>();
      for (const f of files.keys()) {
        if (!f.startsWith(prefix)) continue;
        const [name = '', ...rest] = f.slice(prefix.length).split('/');
        names.set(name, rest.length > 0);
      }
      return [...names].reverse().map(([name, isDirectory]) => ({ name, isDirectory }));
    },
    stat: async (path): Promise<PathInfo | undefined> => {
      if (files.has(norm(path))) return { isFile: true, isDirectory: false };
      return isFolder(path) ? { isFile: false, isDirectory: true } : undefined;
    },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    cwd: '/',
  };
}
