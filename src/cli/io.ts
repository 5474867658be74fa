/** The CLI's window on the world: everything that touches process, files and console, injected. */

/** What {@link CliIO.stat} says about a path (symbolic links followed). */
export interface PathInfo {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

/** One entry of a folder; `isDirectory` follows symbolic links (a link to a folder is a folder). */
export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

/**
 * Why a file could not be read, as data: `not_utf8` carries the place of the first byte that is
 * not UTF-8; the others a reason to show (never a temporary file's name or a stack).
 */
export type ReadFailure =
  | { readonly kind: 'not_utf8'; readonly line: number; readonly column: number; readonly byte: number }
  | { readonly kind: 'not_regular'; readonly what: string }
  | { readonly kind: 'too_large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'error'; readonly reason: string };

/** An error of the io, with a reason fit to show the user. */
export class IOError extends Error {
  override readonly name = 'IOError';
  constructor(
    message: string,
    readonly failure: ReadFailure,
  ) {
    super(message);
  }
}

/** Everything the CLI needs from its host, so tests can run it in-process with a memory io. */
export interface CliIO {
  /** Writes to standard output; once the reader has gone (EPIPE), further writes are dropped. */
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Reads a regular file as UTF-8 (a byte-order mark dropped). Rejects with an {@link IOError}:
   * bytes that are not UTF-8 (with the line and column of the first), a path that is not a regular
   * file (a FIFO, a device, a folder: never opened for reading), a file past the size limit, or
   * the system's reason.
   */
  readFile(path: string): Promise<string>;
  /**
   * Writes a file whole or not at all: the pieces into a temporary file beside it, then a rename.
   * A symbolic link is followed (its target replaced, the link kept); a character device or a
   * pipe (`/dev/stdout`, a FIFO with a reader) is written through directly. Rejects with an
   * {@link IOError} whose message names `path` only.
   */
  writeFileAtomic(path: string, pieces: string | Iterable<string>): Promise<void>;
  /** Creates a new file whole or not at all; rejects (EEXIST) when something is already there. */
  createFile(path: string, text: string): Promise<void>;
  /** The entries of a folder, in any order. */
  listDir(path: string): Promise<readonly DirEntry[]>;
  /** What a path is, or `undefined` when nothing is there (a dangling link too). */
  stat(path: string): Promise<PathInfo | undefined>;
  /** The canonical absolute path (symbolic links resolved), for telling two names of one file apart. */
  realPath(path: string): Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when stdout is a terminal. */
  readonly isTTY: boolean;
  readonly cwd: string;
  /** The folder of the installed package (its `seeds/` and `src/plan/plan.schema.json`). */
  readonly packageRoot: string;
}
