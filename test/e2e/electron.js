// Runs the same extension-host suites (out/e2e/suite) in desktop VS Code through
// @vscode/test-electron, on a machine that can download VS Code (a developer laptop, GitHub
// Actions). Not used on the offline CI machines: they use test/e2e/harness/run.js (A1).
//   npm run test:vscode                      # VS Code matching engines.vscode (1.100.3)
//   VSCODE_VERSION=stable npm run test:vscode
// Linux without a display: xvfb-run -a npm run test:vscode
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const repo = path.resolve(__dirname, '../..');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-vscode-'));
  // The suites edit files: they get a copy of the fixture workspace.
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/e2e/suite/index.js'),
      extensionTestsEnv: { E2E_INCLUDE_FAILING: process.env.E2E_INCLUDE_FAILING ?? '', E2E_GREP: process.env.E2E_GREP ?? '' },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', path.join(tmp, 'user-data')],
    });
  } catch (error) {
    console.error(`VS Code tests failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
