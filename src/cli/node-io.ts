/**
 * The real {@link CliIO}: the file system (synchronous calls: a CLI run reads a few files, and the
 * thread pool of fs/promises only adds idle time), process.stdout/stderr and the environment.
 */
import {
  closeSync,
  constants,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IOError, type CliIO, type DirEntry, type PathInfo } from './io.js';

/**
 * The largest file read, in bytes: four times the reader's limit of 32 Mi characters (a character
 * takes at most four bytes), so that parsePlan, not a huge read, is what refuses a long file.
 */
export const MAX_READ_BYTES = 4 * 32 * 1024 * 1024;

/** A reason to show for a system error: its meaning, never a path (a temporary file's least of all). */
function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ELOOP':
      return 'a symbolic link loops back on itself';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENXIO':
      return 'no process is reading it';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return typeof code === 'string' ? `system error ${code}` : 'unknown error';
  }
}

const ioError = (message: string, error: unknown): IOError => new IOError(`${message}: ${reasonOf(error)}`, { kind: 'error', reason: reasonOf(error) });

/** What a non-regular file is, in words. */
function kindOfStats(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** The offset of the first byte of `bytes` that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => k < n && (bytes[k] as number) >= lo && (bytes[k] as number) <= hi;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf) {
      if (!cont(i + 1)) return i;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return i;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return i;
      i += 4;
    } else return i;
  }
  return -1;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');

/** Decodes UTF-8 strictly (a byte-order mark dropped); bytes that are not UTF-8 are an error with their place. */
export function decodeUtf8(bytes: Uint8Array, path: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = bytes.subarray(0, lineStart).reduce((count, b) => count + (b === 0x0a ? 1 : 0), 1);
    const column = LENIENT.decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = bytes[offset] ?? 0;
    throw new IOError(`${path}:${line}:${column}: the file is not UTF-8 (byte 0x${byte.toString(16).padStart(2, '0').toUpperCase()})`, {
      kind: 'not_utf8',
      line,
      column,
      byte,
    });
  }
}

/** Reads a regular file, refusing anything else without blocking on it (a FIFO is opened non-blocking). */
function readRegularFile(path: string, shown: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw ioError(`cannot read ${shown}`, error);
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new IOError(`cannot read ${shown}: it is ${kindOfStats(s)}, not a regular file`, { kind: 'not_regular', what: kindOfStats(s) });
    if (s.size > MAX_READ_BYTES) {
      throw new IOError(`cannot read ${shown}: it has ${s.size} bytes, more than the ${MAX_READ_BYTES} a plan file may have`, { kind: 'too_large', bytes: s.size, limit: MAX_READ_BYTES });
    }
    return decodeUtf8(readFileSync(fd), shown);
  } catch (error) {
    if (error instanceof IOError) throw error;
    throw ioError(`cannot read ${shown}`, error);
  } finally {
    closeSync(fd);
  }
}

let counter = 0;

/** A temporary file name beside `path` (never shown to the user). */
function tempBeside(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/** Writes every piece whole (a write may take only part of its bytes). */
function writeAll(fd: number, pieces: string | Iterable<string>): void {
  for (const piece of typeof pieces === 'string' ? [pieces] : pieces) {
    const bytes = Buffer.from(piece, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
  }
}

/** Writes the pieces to a new file (flag `wx`), through one descriptor. */
function writeNew(path: string, pieces: string | Iterable<string>): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    writeAll(fd, pieces);
  } finally {
    closeSync(fd);
  }
}

/** Writes through a character device or a pipe: appended, never truncated or replaced; refuses a FIFO no process reads. */
function writeThrough(path: string, pieces: string | Iterable<string>, fifo: boolean): void {
  if (fifo) closeSync(openSync(path, constants.O_WRONLY | (constants.O_NONBLOCK ?? 0)));
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    writeAll(fd, pieces);
  } finally {
    closeSync(fd);
  }
}

/** The names of the process's own output streams: written to the stream itself (it may be a socket no path opens). */
const STREAM_NAMES: Readonly<Record<string, 1 | 2>> = {
  '/dev/stdout': 1,
  '/dev/fd/1': 1,
  '/proc/self/fd/1': 1,
  '/dev/stderr': 2,
  '/dev/fd/2': 2,
  '/proc/self/fd/2': 2,
};

/**
 * Writes `pieces` to `path` whole or not at all: a temporary file beside the target, then a rename
 * over it. A symbolic link is followed, so its target is replaced and the link kept. `/dev/stdout`
 * and `/dev/stderr` (and their /dev/fd, /proc/self/fd names) are the process's own streams,
 * written as they are; other paths under /dev and /proc, character devices and FIFOs are written
 * through (appended, never replaced; a FIFO that no process reads is refused rather than waited
 * on). A failure removes the temporary file and rejects with an {@link IOError} naming `path` only.
 */
export async function writeFileAtomic(path: string, pieces: string | Iterable<string>, shown = path, streams?: { readonly 1: (text: string) => void; readonly 2: (text: string) => void }): Promise<void> {
  const absolute = resolve(path);
  const stream = Object.hasOwn(STREAM_NAMES, absolute) ? STREAM_NAMES[absolute] : undefined;
  if (stream !== undefined && streams !== undefined) {
    for (const piece of typeof pieces === 'string' ? [pieces] : pieces) streams[stream](piece);
    return;
  }
  let info: Stats | undefined;
  try {
    info = statSync(absolute);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw ioError(`cannot write ${shown}`, error);
  }
  try {
    if (/^\/(?:dev|proc)\//.test(absolute) || info?.isCharacterDevice() === true || info?.isFIFO() === true) {
      if (info?.isSocket() === true) throw new IOError(`cannot write ${shown}: it is a socket`, { kind: 'not_regular', what: 'a socket' });
      writeThrough(absolute, pieces, info?.isFIFO() === true);
      return;
    }
  } catch (error) {
    if (error instanceof IOError) throw error;
    // The reader of a pipe went away (… -o /dev/fd/3 | head): done, quietly.
    if ((error as { code?: unknown }).code === 'EPIPE') return;
    throw ioError(`cannot write ${shown}`, error);
  }
  if (info !== undefined && !info.isFile()) throw new IOError(`cannot write ${shown}: it is ${kindOfStats(info)}`, { kind: 'not_regular', what: kindOfStats(info) });
  const target = info === undefined ? linkTarget(absolute) : realpathSync(absolute);
  const temp = tempBeside(target);
  try {
    writeNew(temp, pieces);
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was left behind.
    }
    // The library failing to make a piece is its error, not the file system's.
    if ((error as { name?: unknown } | null)?.name === 'GrowthError') throw error;
    throw ioError(`cannot write ${shown}`, error);
  }
}

/** Where a path that does not exist will be written: a dangling symbolic link's target, else the path. */
function linkTarget(path: string): string {
  try {
    if (lstatSync(path).isSymbolicLink()) return resolve(dirname(path), readlinkSync(path));
  } catch {
    // Not a link.
  }
  return path;
}

/** Creates a new file whole or not at all: a temporary file, then a hard link that fails when the name is taken. */
function createFile(path: string, text: string, shown: string): void {
  const temp = tempBeside(path);
  try {
    writeNew(temp, text);
    linkSync(temp, path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw new IOError(`${shown} already exists: not overwritten`, { kind: 'error', reason: 'it already exists' });
    throw ioError(`cannot write ${shown}`, error);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
}

/** The folder of the package: the nearest folder above this module whose package.json is growth-targets'. */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (manifest.name === 'growth-targets') return dir;
    } catch {
      // Not here.
    }
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}

/** The process's output streams whose reader has gone (EPIPE), each watched by one listener. */
const watched = new Map<NodeJS.WriteStream, { closed: boolean }>();

/** A stream write that ends quietly once the reader has gone (EPIPE: `… | head`). */
function quietWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let state = watched.get(stream);
  if (state === undefined) {
    const s = { closed: false };
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') s.closed = true;
      else throw error;
    });
    watched.set(stream, s);
    state = s;
  }
  const current = state;
  return (text) => {
    if (current.closed) return;
    try {
      stream.write(text);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EPIPE') current.closed = true;
      else throw error;
    }
  };
}

/** Builds the io of the running process. */
export function nodeIO(): CliIO {
  const cwd = process.cwd();
  const at = (path: string): string => resolve(cwd, path);
  const stdout = quietWriter(process.stdout);
  const stderr = quietWriter(process.stderr);
  return {
    stdout,
    stderr,
    readFile: async (path) => readRegularFile(at(path), path),
    writeFileAtomic: (path, pieces) => writeFileAtomic(at(path), pieces, path, { 1: stdout, 2: stderr }),
    createFile: async (path, text) => createFile(at(path), text, path),
    listDir: async (path): Promise<readonly DirEntry[]> => {
      let entries;
      try {
        entries = readdirSync(at(path), { withFileTypes: true });
      } catch (error) {
        throw ioError(`cannot list ${path}`, error);
      }
      return entries.map((e) => {
        if (!e.isSymbolicLink()) return { name: e.name, isDirectory: e.isDirectory() };
        try {
          return { name: e.name, isDirectory: statSync(join(at(path), e.name)).isDirectory() };
        } catch {
          return { name: e.name, isDirectory: false };
        }
      });
    },
    stat: async (path): Promise<PathInfo | undefined> => {
      try {
        const s = statSync(at(path));
        return { isFile: s.isFile(), isDirectory: s.isDirectory() };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw ioError(`cannot use ${path}`, error);
      }
    },
    realPath: async (path) => {
      try {
        return realpathSync(at(path));
      } catch (error) {
        throw ioError(`cannot use ${path}`, error);
      }
    },
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    cwd,
    packageRoot: findPackageRoot(),
  };
}
