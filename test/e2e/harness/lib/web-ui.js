// web (UI): the packaged .vsix in VS Code's *web worker* extension host, the runtime of
// vscode.dev and github.dev. code-server is told to run Redline there
// (`remote.extensionKind`: web), so the browser entry (dist/extension-web.js) starts the
// server worker (dist/server-web.js) inside Chromium; no Node process of Redline runs. Through
// the UI: the Problems panel shows what `redline check` reports (with the workspace's
// .redlinerc.json, which the web client reads and sends), a quick fix in the lightbulb, the
// score view shows `redline score`, an edited .redlinerc.json applies without a reload, and
// Redline's output says the server runs on "browser".
'use strict';
const fs = require('fs');
const path = require('path');
const { log, makeTempDir, copyDir } = require('./util');
const { startServer, installExtension } = require('./server');
const { launchBrowser } = require('./browser');
const { cliReport } = require('./a2');

const TIMEOUT = 60000;
const FILE = 'answers/tutor-weak.md';
const EXTENSION_ID = 'redline-dev.redline';
/** The workspace's configuration for this run: one rule raised to an error, one turned off. */
const CONFIG = { rules: { 'ship-date-success': 'error', 'feedback-loop-missing': 'off' } };

async function runWebUi({ repo, vsix, workspace, artifacts }) {
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const tmp = makeTempDir('web-ui');
  const folder = path.join(tmp, 'workspace');
  copyDir(workspace, folder);
  const rcFile = path.join(folder, '.redlinerc.json');
  fs.writeFileSync(rcFile, JSON.stringify(CONFIG, null, 2));
  const target = path.join(folder, FILE);
  const check = cliReport(repo, 'check', target);
  const score = cliReport(repo, 'score', target);
  const rules = check.diagnostics.map((d) => d.ruleId);
  if (!rules.includes('ship-date-success') || rules.includes('feedback-loop-missing')) {
    throw new Error(`the CLI does not apply ${path.relative(folder, rcFile)} to ${FILE} as expected: ${rules.join(', ')}`);
  }

  await installExtension(tmp, vsix);
  const server = await startServer({ mode: 'code-server', tmp, artifacts });
  // Run Redline where vscode.dev runs it: VS Code's web worker extension host.
  const settingsFile = path.join(server.dirs.userData, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));

  const { page } = await launchBrowser({ tmp, env: server.env });
  page.setDefaultTimeout(TIMEOUT);
  const consoleLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  let stepName = 'start';
  const stepDo = async (name, fn) => {
    stepName = name;
    log(`web UI step: ${name}`);
    await fn();
  };
  const palette = async (title) => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^Redline: /, '') }).first().waitFor();
    await page.keyboard.press('Enter');
  };
  const panel = page.locator('.markers-panel');
  const row = (ruleId) => panel.locator('.monaco-list-row', { hasText: ruleId });

  try {
    await stepDo('workbench shows the workspace', async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.explorer-folders-view').getByText('answers', { exact: true }).first().waitFor();
    });

    await stepDo(`open ${FILE}`, async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(FILE);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab[aria-label*="${path.basename(FILE)}"]`).first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
    });

    await stepDo('the server runs in the browser: Redline\'s output says "ready on browser"', async () => {
      await palette('Redline: Show output');
      await page.locator('.output-view, .panel').getByText('ready on browser', { exact: false }).first().waitFor();
    });

    await stepDo('Problems lists the CLI\'s diagnostics, with .redlinerc.json applied', async () => {
      await page.keyboard.press('Control+Shift+M');
      // The configuration arrives just after the server starts: wait for its effect.
      await row('ship-date-success').locator('.codicon-error').first().waitFor();
      for (const d of check.diagnostics) await panel.getByText(d.message.slice(0, 60), { exact: false }).first().waitFor();
      if ((await row('feedback-loop-missing').count()) > 0) throw new Error('feedback-loop-missing is shown although .redlinerc.json turns it off');
      await page.screenshot({ path: path.join(artifacts, 'problems-panel.png') });
      log(`web UI: Problems shows the CLI's ${check.diagnostics.length} diagnostics`);
    });

    await stepDo('the lightbulb offers a Redline quick fix', async () => {
      const d = check.diagnostics.find((x) => x.fix) ?? check.diagnostics[0];
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`:${d.line}:${d.column}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget').getByText(new RegExp(`Disable|Fix|${d.ruleId}`)).first().waitFor();
      await page.screenshot({ path: path.join(artifacts, 'lightbulb-menu.png') });
      await page.keyboard.press('Escape');
    });

    await stepDo('"Redline: Score this answer" shows the CLI\'s score', async () => {
      await palette('Redline: Score this answer');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const expected = score.score === null ? /not.?ai|no score/i : new RegExp(`\\b${score.score}\\b`);
      await view.locator('body').getByText(expected).first().waitFor();
      await page.screenshot({ path: path.join(artifacts, 'score-view.png') });
      log(`web UI: score view shows ${score.score} (${score.band})`);
    });

    await stepDo('an edited .redlinerc.json applies without a reload', async () => {
      fs.writeFileSync(rcFile, JSON.stringify({ rules: { ...CONFIG.rules, 'ship-date-success': 'off' } }, null, 2));
      await page.keyboard.press('Control+Shift+M');
      await row('red-lines-missing').first().waitFor();
      await row('ship-date-success').first().waitFor({ state: 'detached' });
    });
  } catch (error) {
    await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
    consoleLog.end();
    log(`web UI failed at step "${stepName}": ${error.message.split('\n')[0]}`);
    return { code: 1 };
  }
  consoleLog.end();
  return { code: 0 };
}

module.exports = { runWebUi };
