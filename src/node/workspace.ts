// "Lint workspace": walks the workspace folders for Markdown files Redline should judge and
// lints each one (open documents are linted from the editor's text instead of the disk).
import * as fs from 'fs/promises';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { LintWorkspaceResult, RedlineSettings } from '../shared/protocol';
import { matchesAny } from '../server/glob';
import type { ScanHooks } from '../server/platform';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', 'build', '.vscode-test']);
const MAX_FILES = 5000;

async function* markdownFiles(root: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) yield* markdownFiles(full);
    } else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) yield full;
  }
}

export async function scanWorkspace(folders: string[], settings: RedlineSettings, hooks: ScanHooks): Promise<LintWorkspaceResult> {
  const result: LintWorkspaceResult = { files: 0, problems: 0 };
  let seen = 0;
  for (const folder of folders) {
    for await (const file of markdownFiles(folder)) {
      if (++seen > MAX_FILES) {
        hooks.log(`lint workspace: stopped after ${MAX_FILES} Markdown files`);
        return result;
      }
      const relative = path.relative(folder, file).split(path.sep).join('/');
      if (matchesAny(relative, settings.exclude)) continue;
      const uri = pathToFileURL(file).href;
      let source = hooks.openSource(uri);
      if (!source) {
        try {
          const stat = await fs.stat(file);
          if (stat.size > settings.maxFileSize * 4) continue;
          source = { uri, version: 0, text: await fs.readFile(file, 'utf8') };
        } catch {
          continue;
        }
      }
      const problems = hooks.lint(source);
      if (problems < 0) continue;
      result.files++;
      result.problems += problems;
      // Yield between files so edits and requests are not starved.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return result;
}
