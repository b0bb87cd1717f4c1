// Turns command-line paths into documents to lint: files, directories (searched for Markdown),
// globs and `-` for stdin. Missing, unreadable and binary files become problems, not crashes.
import * as fs from 'node:fs';
import * as path from 'node:path';

// require(), not import: the bundler then takes tinyglobby's CommonJS build; its ESM build
// (through fdir) needs import.meta.url, which a CommonJS bundle does not have. Required when a
// path does not exist (it may be a glob), so naming files never loads it.
const globber = () => require('tinyglobby') as typeof import('tinyglobby');

export const STDIN = '-';
const MARKDOWN = /\.(?:md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

/** A document to analyse: its label in reports, its path on disk (none for stdin), its text. */
export interface Source {
  label: string;
  path?: string;
  text: string;
  /** How the file was stored, so --fix writes it back the same way. */
  encoding?: Encoding;
}

export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

/** Something that could not be read; reported as one stderr line, exit 2. */
export interface InputProblem {
  label: string;
  problem: string;
}

/** A path to read (absolute), or stdin. */
export type Target = { type: 'file'; path: string } | { type: 'stdin' };

/** Expands arguments into targets in argument order, each file once. */
export function expandPaths(args: readonly string[], cwd: string): { targets: Target[]; problems: InputProblem[] } {
  const targets: Target[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ type: 'file', path: file });
  };
  for (const arg of args) {
    if (arg === STDIN) {
      if (!seen.has(STDIN)) targets.push({ type: 'stdin' });
      seen.add(STDIN);
      continue;
    }
    const full = path.resolve(cwd, arg);
    const stat = statOrUndefined(full);
    if (stat?.isDirectory()) {
      const files = markdownFilesUnder(full);
      if (files.length === 0) problems.push({ label: arg, problem: 'no Markdown files (*.md) in this directory' });
      files.forEach(add);
    } else if (stat) {
      add(full);
    } else if (globber().isDynamicPattern(arg)) {
      const files = globber().globSync(arg, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
        .map((f) => path.resolve(f))
        .sort();
      if (files.length === 0) problems.push({ label: arg, problem: 'no files match this pattern' });
      files.forEach(add);
    } else {
      add(full); // reading it reports the precise problem (missing, permission denied, …)
    }
  }
  return { targets, problems };
}

/** Markdown files below a directory, sorted, skipping node_modules and dot-directories. */
export function markdownFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (MARKDOWN.test(entry.name) && (entry.isFile() || statOrUndefined(full)?.isFile())) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}

/** Reads a file as text, or says in a few words why it cannot be linted. */
export function readSource(file: string, label: string): Source | InputProblem {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { label, problem: describeReadError(error) };
  }
  const text = decodeText(bytes);
  return typeof text === 'string' ? { label, path: file, text, encoding: encodingOf(bytes) } : { label, problem: text.problem };
}

/** Reads all of stdin as text. */
export async function readStdin(label: string, stream: NodeJS.ReadableStream = process.stdin): Promise<Source | InputProblem> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    return { label, problem: describeReadError(error) };
  }
  const text = decodeText(Buffer.concat(chunks));
  return typeof text === 'string' ? { label, text } : { label, problem: text.problem };
}

/**
 * Decodes UTF-8 (or BOM-marked UTF-16) text. NUL bytes or many invalid UTF-8 sequences mean
 * the file is binary or in another encoding: linting it would only produce noise.
 */
export function decodeText(bytes: Buffer): string | { problem: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes), not Markdown text' };
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM, as editors do
  const replaced = count(text, '\uFFFD') - count(bytes.toString('latin1'), '\xEF\xBF\xBD');
  if (replaced > 0 && replaced > Math.max(3, text.length / 100)) {
    return { problem: `not UTF-8 text (${replaced} invalid byte sequences); save it as UTF-8` };
  }
  return text;
}

function encodingOf(bytes: Buffer): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf8-bom' : 'utf8';
}

/** Text as bytes in the encoding it was read in (byte-order mark included). */
export function encodeText(text: string, encoding: Encoding = 'utf8'): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.from(`\uFEFF${text}`, 'utf8');
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return encoding === 'utf16le' ? le : le.swap16();
}

function count(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read${code ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** How a path is shown in reports: relative to the working directory, with forward slashes. */
export function labelFor(file: string, cwd: string): string {
  const relative = path.relative(cwd, file) || path.basename(file);
  return relative.split(path.sep).join('/');
}

export function isProblem(value: Source | InputProblem): value is InputProblem {
  return 'problem' in value;
}
