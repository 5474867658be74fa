/** The CLI's window on the world: everything that touches process, files and console, injected. */

/** What {@link CliIO.stat} says about a path. */
export interface PathInfo {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
}

/** One entry of a folder. */
export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
}

/** Everything the CLI needs from its host, so tests can run it in-process with a memory io. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 text file; rejects when it cannot. */
  readFile(path: string): Promise<string>;
  /** Writes a file whole or not at all (a temp file in the same folder, then a rename). */
  writeFileAtomic(path: string, text: string): Promise<void>;
  /** The entries of a folder, in any order. */
  listDir(path: string): Promise<readonly DirEntry[]>;
  /** What a path is, or `undefined` when nothing is there. */
  stat(path: string): Promise<PathInfo | undefined>;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when stdout is a terminal. */
  readonly isTTY: boolean;
  readonly cwd: string;
}
