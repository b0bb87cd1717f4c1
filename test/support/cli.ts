// Runs the built CLI (dist/cli.js) in a scratch directory, for the tests of the CI formats,
// the documented commands and the library entry.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Builds dist/ with esbuild when it is missing or older than the sources. */
export function ensureBuilt(): void {
  if (fs.existsSync(CLI) && fs.statSync(CLI).mtimeMs >= newest(path.join(ROOT, 'src'))) return;
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `build failed:\n${build.stdout}${build.stderr}`);
}

export function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const full = path.join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A scratch directory with files and the CLI run inside it. */
export class Scratch {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-ci-'));

  write(rel: string, text: string): string {
    const full = path.join(this.dir, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    return full;
  }

  run(args: string[], input = ''): Run {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    delete env.GITHUB_ACTIONS;
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: this.dir, input, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Front matter for a non-AI PRD and an AI PRD, and documents that reliably have findings. */
export const NON_AI = '---\nkind: prd\nai: false\n---\n';
export const AI = '---\nkind: prd\nai: true\n---\n';
export const SHIP_LINE = 'Success for v1 is shipping by June 30 so Sales can announce it.';
export const SHIPPY = `${NON_AI}# Billing settings\n\n## Success metrics\n\n${SHIP_LINE}\n`;
export const CLEAN = `${NON_AI}# Billing settings\n\n## Success metrics\n\nAdmins change the billing contact in under a minute without filing a ticket.\n`;
export const DRAFTS = `${AI}# Reply drafts\n\nThe LLM drafts replies to customer emails for support agents.\n`;
