/** An in-memory CliIO for in-process CLI tests. */
import { IOError, type CliIO, type DirEntry, type PathInfo } from '../../src/cli/io.js';

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
  /** Other names of files (as symbolic links would give them): name → the path it stands for. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** The package's folder (default `pkg`): its seeds and schema are files under it. */
  readonly packageRoot?: string;
}

const norm = (path: string): string => path.replace(/^\.\//, '').replace(/\/+$/, '');

/** Builds a memory io over a flat map of paths (folders are implied by the paths). */
export function memoryIO(options: MemoryIOOptions = {}): MemoryIO {
  const files = new Map(Object.entries(options.files ?? {}).map(([k, v]) => [norm(k), v]));
  let out = '';
  let err = '';
  const real = (path: string): string => {
    const p = norm(path);
    return options.aliases?.[p] === undefined ? p : norm(options.aliases[p]);
  };
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
      const p = real(path);
      const text = files.get(p);
      if (text === undefined || options.unreadable?.includes(p)) throw new IOError(`cannot read ${path}: permission denied`, { kind: 'error', reason: 'permission denied' });
      return text;
    },
    writeFileAtomic: async (path, pieces) => {
      if (options.failWrites === true) throw new IOError(`cannot write ${path}: no space left on the device`, { kind: 'error', reason: 'no space left on the device' });
      files.set(real(path), typeof pieces === 'string' ? pieces : [...pieces].join(''));
    },
    createFile: async (path, text) => {
      if (files.has(real(path)) || isFolder(path)) throw new IOError(`${path} already exists: not overwritten`, { kind: 'error', reason: 'it already exists' });
      if (options.failWrites === true) throw new IOError(`cannot write ${path}: no space left on the device`, { kind: 'error', reason: 'no space left on the device' });
      files.set(real(path), text);
    },
    realPath: async (path) => `/${real(path)}`,
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
      if (files.has(real(path))) return { isFile: true, isDirectory: false };
      return isFolder(path) ? { isFile: false, isDirectory: true } : undefined;
    },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    cwd: '/',
    packageRoot: options.packageRoot ?? 'pkg',
  };
}
