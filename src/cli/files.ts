/**
 * Input and output files of the commands: reading a plan file into text or an issue, the paths
 * shown for the package's own files, and the refusal to write a report over an input.
 */
import { isAbsolute, join, relative } from 'node:path';
import type { PlanIssue } from '../index.js';
import { IOError, type CliIO } from './io.js';
import { UsageError } from './options.js';

/** The text of a file, or the issue that says why it cannot be read (with its line for bytes that are not UTF-8). */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: PlanIssue };

/**
 * Reads a plan (or actuals) file. Bytes that are not UTF-8 are an `invalid_character` issue at
 * their line and column; a path that is not a regular file, or cannot be read, an `io_error`; a
 * file past the size limit a `limit_exceeded`.
 *
 * @example
 * await readInput('plan.yaml', io) //=> { ok: true, text: 'id: …' }
 */
export async function readInput(file: string, io: CliIO): Promise<ReadResult> {
  try {
    return { ok: true, text: await io.readFile(file) };
  } catch (error) {
    return { ok: false, issue: readIssue(file, error) };
  }
}

/** The issue of a file that cannot be read. */
export function readIssue(file: string, error: unknown): PlanIssue {
  if (error instanceof IOError) {
    const f = error.failure;
    if (f.kind === 'not_utf8') {
      return {
        code: 'invalid_character',
        severity: 'error',
        message: `the file is not UTF-8: byte 0x${f.byte.toString(16).padStart(2, '0').toUpperCase()} at line ${f.line}, column ${f.column} (save it as UTF-8)`,
        file,
        path: [],
        line: f.line,
        column: f.column,
      };
    }
    if (f.kind === 'too_large') return { code: 'limit_exceeded', severity: 'error', message: error.message, file, path: [], value: f.bytes };
    return { code: 'io_error', severity: 'error', message: error.message, file, path: [] };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'io_error', severity: 'error', message: `cannot read ${file}: ${message}`, file, path: [] };
}

/** A path inside the package as the user should see it: relative to the working folder when inside it, else absolute. */
export function packagePath(io: CliIO, ...parts: readonly string[]): string {
  const path = join(io.packageRoot, ...parts);
  if (!isAbsolute(path)) return path;
  const shown = relative(io.cwd, path);
  return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/** The canonical path of a file, or the path itself when it has none (it cannot be read: reading will say so). */
export async function realPathOf(path: string, io: CliIO): Promise<string> {
  try {
    return await io.realPath(path);
  } catch {
    return path;
  }
}

/**
 * Refuses an output path that is one of the inputs (the same file under any name): writing the
 * report there would destroy the plan it is about.
 *
 * @throws UsageError naming the option and the file.
 */
export async function refuseInputs(outputs: readonly (readonly [option: string, path: string | undefined])[], inputs: readonly string[], io: CliIO): Promise<void> {
  const given = outputs.filter((o): o is readonly [string, string] => o[1] !== undefined);
  if (given.length === 0) return;
  const real = new Set<string>();
  for (const input of inputs) real.add(await realPathOf(input, io));
  for (const [option, path] of given) {
    let exists = false;
    try {
      exists = (await io.stat(path))?.isFile === true;
    } catch {
      // Writing will report what is wrong with it.
    }
    if (exists && real.has(await realPathOf(path, io))) {
      throw new UsageError(`option '${option}' names ${path}, which is one of the input files: refusing to write over it`);
    }
  }
}
