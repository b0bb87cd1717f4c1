// Entry of the extension-host suites: VS Code (the A1 harness or @vscode/test-electron) calls
// run() inside the real extension host; a rejected promise is a failed run (exit code 1).
// E2E_INCLUDE_FAILING=1 adds the negative control, which must make the run fail.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  // Extension-host console output reaches the harness as separate arguments: format here.
  Mocha.reporters.Base.consoleLog = (...args) => console.log(util.format(...args));
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 120000, slow: 5000 });
  if (process.env.E2E_GREP) mocha.grep(new RegExp(process.env.E2E_GREP));
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  if (process.env.E2E_INCLUDE_FAILING === '1') files.push(...fs.readdirSync(__dirname).filter((f) => f.endsWith('.control.js')));
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  console.log(`Redline e2e: ${files.length} suite files in VS Code ${vscode.version} (${vscode.env.appHost}, ${vscode.env.remoteName ?? 'local'})`);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}
