// A2: the real UI. Installs the packaged .vsix into a throw-away code-server, opens the weak
// answer, checks the Problems panel lists Redline's diagnostics, opens the lightbulb menu,
// runs "Redline: Score this answer" from the palette and checks the score view shows the
// same score as the CLI, that a hostile document runs nothing, and that a practice answer's
// view draws the trend of its attempts; then goes through the getting-started walkthrough with
// its buttons, from the sample answer to its score. Saves PNG screenshots of each step.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { log, makeTempDir, copyDir, SetupError } = require('./util');
const { startServer, installExtension } = require('./server');
const { launchBrowser } = require('./browser');

const TIMEOUT = 60000;

/** What the CLI says about the file: the UI must show the same. */
function cliReport(repo, command, file) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [path.join(repo, 'dist/cli.js'), command, '--format', 'json', file], { encoding: 'utf8' });
  } catch (error) {
    stdout = error.stdout; // `check` exits 1 when there are errors
  }
  try {
    return JSON.parse(stdout)[0];
  } catch {
    throw new SetupError(`redline ${command} --format json ${file} printed no JSON: ${String(stdout).slice(0, 300)}`);
  }
}

/** The first frame (webviews nest two deep) where `pick(frame)` finds an element, within TIMEOUT. */
async function frameWith(page, pick) {
  const until = Date.now() + TIMEOUT;
  while (Date.now() < until) {
    for (const frame of page.frames()) {
      if ((await pick(frame).count().catch(() => 0)) > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('no webview frame shows the expected content');
}

async function runA2({ repo, vsix, workspace, file, artifacts, screenshotsTo }) {
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const tmp = makeTempDir('a2');
  const folder = path.join(tmp, 'workspace');
  copyDir(workspace, folder);
  const target = path.join(folder, file);
  const check = cliReport(repo, 'check', target);
  const score = cliReport(repo, 'score', target);
  if (!check.diagnostics.length) throw new SetupError(`the CLI finds no diagnostics in ${file}; nothing to look for in the UI`);
  log(`A2: CLI: ${check.diagnostics.length} diagnostics, score ${score.score} (${score.band})`);
  const practice = writePracticeFixture(folder);

  await installExtension(tmp, vsix);
  const server = await startServer({ mode: 'code-server', tmp, artifacts, env: { REDLINE_LOG_FILE: path.join(artifacts, 'redline-server.log') } });
  const { page } = await launchBrowser({ tmp, env: server.env });
  page.setDefaultTimeout(TIMEOUT);
  const consoleLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));

  const shots = [];
  const shoot = async (name) => {
    const png = path.join(artifacts, `${name}.png`);
    await page.screenshot({ path: png });
    shots.push(png);
    log(`screenshot ${path.relative(repo, png)}`);
  };
  let stepName = 'start';
  const stepDo = async (name, fn) => {
    stepName = name;
    log(`A2 step: ${name}`);
    await fn();
  };

  try {
    await stepDo('workbench shows the workspace', async () => {
      await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
      await page.locator('.explorer-folders-view').getByText(path.dirname(file).split('/')[0], { exact: true }).first().waitFor();
    });

    await stepDo(`open ${file} with Quick Open`, async () => {
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(file);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab[data-resource-name="${path.basename(file)}"], .tabs-container .tab[aria-label*="${path.basename(file)}"]`).first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
    });

    await stepDo('Problems panel lists the Redline diagnostics', async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      const first = check.diagnostics[0];
      await panel.getByText(first.message, { exact: false }).first().waitFor();
      await panel.getByText(/redline/i).first().waitFor();
      const rows = await panel.locator('.monaco-list-row').count();
      log(`Problems panel: ${rows} rows, shows "${first.message.slice(0, 60)}…"`);
      await shoot('problems-panel');
    });

    await stepDo('lightbulb menu offers Redline quick fixes', async () => {
      const d = check.diagnostics.find((x) => x.fix) ?? check.diagnostics[0];
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`:${d.line}:${d.column}`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget');
      await menu.getByText(new RegExp(`Disable|Fix|${d.ruleId}`)).first().waitFor();
      await shoot('lightbulb-menu');
      await page.keyboard.press('Escape');
    });

    await stepDo('"Redline: Score this answer" from the palette shows the score', async () => {
      // Hide the panel so the score view has the full height for the screenshot.
      if (await page.locator('.markers-panel').isVisible()) await page.keyboard.press('Control+J');
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('>Redline: Score this answer');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Score this answer' }).first().waitFor();
      await page.keyboard.press('Enter');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const expected = score.score === null ? /not.?ai|no score/i : new RegExp(`\\b${score.score}\\b`);
      await view.locator('body').getByText(expected).first().waitFor();
      await view.locator('body').getByText(score.band === 'not-ai' ? /ai/i : score.band).first().waitFor();
      await shoot('score-view');
    });

    await stepDo('a document full of HTML and javascript: links executes nothing in the score view', async () => {
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
      });
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('answers/hostile.design.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'hostile.design.md' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab[aria-label*="hostile.design.md"]').first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('F1');
      await input.waitFor();
      await input.fill('>Redline: Score this answer');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Score this answer' }).first().waitFor();
      await page.keyboard.press('Enter');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      // The payloads are shown, as text, in the evidence lines.
      await view.locator('body').getByText("onerror=alert('img')", { exact: false }).first().waitFor();
      await view.locator('body').getByText("javascript:alert('link')", { exact: false }).first().waitFor();
      // VS Code adds its own scripts to the webview's head; the view's body holds only what score.js built.
      const injected = view.locator('body img, body svg, body iframe, body a[href^="javascript"], body script:not([nonce]), body [onerror], body [onload]');
      const count = await injected.count();
      if (count > 0) throw new Error(`the score view created ${count} element(s) from document text: ${await injected.first().evaluate((e) => e.outerHTML.slice(0, 120))}`);
      if (dialogs.length > 0) throw new Error(`document text ran script: ${dialogs.join(', ')}`);
      log('A2: hostile document rendered as text; no dialog, no injected element');
    });

    await stepDo('a practice answer\'s score view draws the trend of its attempts', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(practice.file);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: practice.name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab[aria-label*="${practice.name}"]`).first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('F1');
      await input.waitFor();
      await input.fill('>Redline: Score this answer');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Score this answer' }).first().waitFor();
      await page.keyboard.press('Enter');
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await view.locator('body').getByText(practice.comparison).first().waitFor();
      // The chart is drawn in the view under its strict CSP: the total and one line per dimension.
      const series = await view.locator('svg.trend-chart g.series').count();
      const lines = await view.locator('svg.trend-chart polyline').count();
      if (series !== 8 || lines !== 8) throw new Error(`the trend chart has ${series} series and ${lines} lines, expected 8 of each (total + 7 dimensions)`);
      const box = await view.locator('svg.trend-chart').boundingBox();
      if (!box || box.width < 100 || box.height < 40) throw new Error(`the trend chart is not visible (${JSON.stringify(box)})`);
      await view.locator('body').getByText(/Work on this next:/).first().waitFor();
      await shoot('practice-progress');
    });

    await stepDo('the getting-started walkthrough: its buttons open the sample answer, then score it', async () => {
      const sample = path.join(repo, 'media/walkthrough/sample.design.md');
      const sampleCheck = cliReport(repo, 'check', sample);
      const sampleScore = cliReport(repo, 'score', sample);
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('>Welcome: Open Walkthrough');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Redline' }).first().click();
      const walkthrough = page.locator('.gettingStartedContainer');
      await walkthrough.getByText('Get started with Redline').first().waitFor();
      /** Expands a step (clicking its title) and presses its button, as a person would. */
      const press = async (stepTitle, buttonName) => {
        const stepEl = walkthrough.locator('.getting-started-step', { hasText: stepTitle }).first();
        if (!(await stepEl.evaluate((e) => e.classList.contains('expanded')))) await stepEl.locator('.step-title').first().click();
        await walkthrough.locator('.getting-started-step.expanded').getByRole('button', { name: buttonName, exact: true }).first().click();
      };
      await press('Open a sample answer', 'Open the sample answer');
      await page.locator('.tabs-container .tab[aria-label*="redline-sample.design.md"]').first().waitFor();
      // Redline's diagnostics on the sample in the Problems panel: its file row, and a message
      // only the sample gets (it quotes the sample's own latency phrase).
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      const own = sampleCheck.diagnostics.find((d) => d.ruleId === 'latency-without-percentile');
      if (!own) throw new SetupError('the CLI finds no latency-without-percentile in the walkthrough sample');
      // The list only renders the rows in view, and earlier files come first: filter it, as a user would.
      const filter = page.getByPlaceholder('Filter (e.g.', { exact: false }).first();
      await filter.fill('about 2 seconds');
      await panel.locator('.monaco-list-row', { hasText: 'redline-sample.design.md' }).first().waitFor();
      await panel.getByText(own.message, { exact: false }).first().waitFor();
      await shoot('walkthrough');
      await filter.fill('');
      await press('Score this answer', 'Score this answer');
      // The walkthrough's markdown is a webview too: the score view is the frame showing the sample's name.
      const view = await frameWith(page, (f) => f.locator('body p.file', { hasText: 'redline-sample.design.md' }));
      await view.locator('span.score', { hasText: new RegExp(`^\\s*${sampleScore.score}\\s*$`) }).first().waitFor();
      await view.locator('body').getByText(sampleScore.band).first().waitFor();
      log(`A2: walkthrough opened the sample (${sampleCheck.diagnostics.length} diagnostics) and scored it ${sampleScore.score} (${sampleScore.band})`);
    });
  } catch (error) {
    await page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
    consoleLog.end();
    log(`A2 failed at step "${stepName}": ${error.message.split('\n')[0]}`);
    return { code: 1, tmp };
  }
  consoleLog.end();
  if (screenshotsTo) {
    fs.mkdirSync(screenshotsTo, { recursive: true });
    for (const png of shots) fs.copyFileSync(png, path.join(screenshotsTo, path.basename(png)));
    log(`copied ${shots.length} screenshots to ${path.relative(repo, screenshotsTo)}`);
  }
  return { code: 0, tmp };
}

/**
 * A finished practice answer and a history of two attempts of its kind, so the score view has a
 * trend to draw: attempt 2 (this file) against attempt 1.
 */
function writePracticeFixture(folder) {
  const name = 'a2-second-attempt.design.md';
  const file = `practice/${name}`;
  const full = path.join(folder, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(
    full,
    [
      '---',
      'kind: design',
      'ai: true',
      'prompt: "Design an AI fit advisor for an online clothing store that recommends a size to each shopper."',
      'promptId: design-size-advice',
      'timeLimit: 45',
      'startedAt: 2026-11-25T10:00:00.000Z',
      'finishedAt: 2026-11-25T10:41:00.000Z',
      '---',
      '',
      '> Design an AI fit advisor for an online clothing store that recommends a size to each shopper.',
      '',
      '## Red lines',
      '',
      '- The advisor must never recommend a size for a product with no size chart on file.',
      '- It must never show a size as certain when the model confidence is below 0.6; it shows the size chart instead.',
      '',
    ].join('\n'),
  );
  const dims = [
    ['failure-first', 'Failure-first framing', 20],
    ['tlc', 'TLC: task precision, latency, confidence floor', 20],
    ['kpis-drift', 'Operational KPIs & drift', 15],
    ['escape-valves', 'Escape valves', 15],
    ['evaluation', 'Evaluation plan', 10],
    ['production-signal', 'Production signal & feedback loop', 10],
    ['trade-offs', 'Trade-off articulation', 10],
  ];
  const attempt = (n, scores, uri, prompt, promptId) => ({
    id: `${uri}#2026-11-2${n + 3}T10:00:00.000Z`,
    promptId,
    prompt,
    kind: 'design',
    startedAt: `2026-11-2${n + 3}T10:00:00.000Z`,
    finishedAt: `2026-11-2${n + 3}T10:41:00.000Z`,
    timeLimitSec: 2700,
    timeUsedSec: 2460,
    score: scores.reduce((a, b) => a + b, 0),
    band: 'Traditional',
    dimensions: dims.map(([id, label, max], i) => ({ id, label, score: scores[i], max })),
    file: n === 2 ? file : 'practice/a2-first-attempt.design.md',
    uri,
  });
  const first = attempt(1, [0, 9, 8, 12, 6, 0, 0], `file://${path.join(folder, 'practice/a2-first-attempt.design.md')}`, 'Design an AI tutor that gives step-by-step hints on middle-school algebra homework without handing over the answer.', 'design-homework-hints');
  const second = attempt(2, [20, 17, 15, 15, 10, 3, 1], `file://${full}`, 'Design an AI fit advisor for an online clothing store that recommends a size to each shopper.', 'design-size-advice');
  fs.mkdirSync(path.join(folder, '.redline'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.redline/history.json'), `${JSON.stringify({ version: 1, attempts: [first, second] }, null, 2)}\n`);
  return { file, name, comparison: `Attempt 2 vs attempt 1: ${first.score} → ${second.score} (+${second.score - first.score})` };
}

module.exports = { runA2, cliReport };
