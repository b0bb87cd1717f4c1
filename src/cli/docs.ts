// `redline docs`: writes the generated files of Redline's repository, or (--check) lists the
// stale ones. The comparison is by content: JSON files compare as data, the README between markers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSchema, rulesMarkdown, withReadmeTable, withRuleSettings } from './docs-content';

export interface GeneratedFile {
  /** Path relative to the repository root. */
  file: string;
  /** The current text, undefined when the file does not exist. */
  current: string | undefined;
  /** The text `redline docs` writes. */
  expected: string;
  stale: boolean;
}

/** Every generated file of the repository at `root`, with its expected content. */
export function generatedFiles(root: string): GeneratedFile[] {
  const read = (file: string) => (fs.existsSync(path.join(root, file)) ? fs.readFileSync(path.join(root, file), 'utf8') : undefined);
  const files: GeneratedFile[] = [];
  const add = (file: string, expected: string, same: (current: string) => boolean = (c) => c === expected) => {
    const current = read(file);
    files.push({ file, current, expected, stale: current === undefined || !same(current) });
  };
  add('docs/rules.md', rulesMarkdown(), (c) => c.replace(/\r\n/g, '\n') === rulesMarkdown());
  add('schemas/redlinerc.schema.json', `${JSON.stringify(configSchema(), null, 2)}\n`, (c) => sameJson(c, configSchema()));
  const readme = read('README.md');
  add('README.md', withReadmeTable(readme));
  const pkgText = read('package.json');
  if (pkgText !== undefined) {
    const pkg = JSON.parse(pkgText) as Record<string, unknown>;
    const updated = withRuleSettings(pkg);
    add('package.json', `${JSON.stringify(updated, null, indentOf(pkgText))}\n`, (c) => sameJson(c, updated));
  }
  return files;
}

/** Writes the stale files; returns their paths. */
export function writeGenerated(root: string): string[] {
  const stale = generatedFiles(root).filter((f) => f.stale);
  for (const f of stale) {
    const full = path.join(root, f.file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, f.expected);
  }
  return stale.map((f) => f.file);
}

/** The Redline repository containing `dir` (the nearest package.json named "redline"). */
export function findRepositoryRoot(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const pkg = path.join(current, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'redline') return current;
      } catch {
        // not a readable package.json: keep looking upward
      }
    }
    if (path.dirname(current) === current) return undefined;
  }
}

function sameJson(text: string, expected: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(expected);
  } catch {
    return false;
  }
}

function indentOf(json: string): string | number {
  const m = /^\{\r?\n([ \t]+)"/.exec(json);
  return m ? m[1] : 2;
}
