// What the Marketplace and a new user see before any code runs: the icon, banner, licence and
// changelog; the packaging setup vsce accepts; the getting-started walkthrough, whose steps
// point at files that exist and commands that exist, and whose sample answer gives the user
// something to fix. (The e2e harness builds the real .vsix and checks what it holds.)
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, score } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

/** VS Code commands the walkthrough's buttons may run besides Redline's own. */
const BUILTIN_COMMANDS = ['workbench.actions.view.problems', 'workbench.action.openSettings'];

describe('package.json: Marketplace listing and packaging', () => {
  it('has a 128×128 PNG icon and a gallery banner', () => {
    const png = fs.readFileSync(path.join(ROOT, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.subarray(12, 16).toString('ascii'), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
  });

  it('ships an MIT licence and a changelog entry for this version', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(read('LICENSE'), /^MIT License\n\nCopyright \(c\) \d{4} Redline contributors\n/);
    assert.match(read('CHANGELOG.md'), new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] — \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    assert.match(pkg.repository.url, /^https:\/\/github\.com\/.+\.git$/);
    assert.ok(pkg.categories.includes('Linters'));
    assert.ok(pkg.keywords.length >= 5 && pkg.keywords.length <= 30);
  });

  it('packages with .vscodeignore and no "files" list (vsce refuses both), after a production build', () => {
    assert.ok(fs.existsSync(path.join(ROOT, '.vscodeignore')));
    assert.equal(pkg.files, undefined, 'package.json "files" makes vsce refuse the .vscodeignore; the npm package uses .npmignore');
    assert.ok(fs.existsSync(path.join(ROOT, '.npmignore')));
    assert.match(pkg.scripts.package, /^vsce package --no-dependencies$/);
    assert.match(pkg.scripts['vscode:prepublish'], /build:prod/);
  });
});

describe('getting-started walkthrough', () => {
  const walkthroughs = pkg.contributes.walkthroughs as { id: string; title: string; steps: Step[] }[];
  const steps = walkthroughs[0].steps;
  const declared = new Set((pkg.contributes.commands as { command: string }[]).map((c) => c.command));

  it('takes a new user from a sample answer to the score view, then to the settings', () => {
    assert.equal(walkthroughs.length, 1);
    assert.deepEqual(
      steps.map((s) => s.id),
      ['openSample', 'diagnostics', 'quickFix', 'score', 'configure'],
    );
    const commandsOf = (s: Step) => [...s.description.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.deepEqual(commandsOf(steps[0]), ['redline.openSample']);
    assert.deepEqual(commandsOf(steps[3]), ['redline.scoreAnswer']);
  });

  for (const step of pkg.contributes.walkthroughs[0].steps as Step[]) {
    it(`step "${step.title}" has its media, a button, and completes on what the button does`, () => {
      assert.ok(step.media.markdown, 'markdown media');
      const media = read(step.media.markdown);
      assert.match(media, /^# \S/, 'the media opens with a heading');
      const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
      assert.ok(buttons.length > 0, 'a button (a command link on its own line)');
      for (const command of buttons) {
        assert.ok(declared.has(command) || BUILTIN_COMMANDS.includes(command), `unknown command ${command}`);
        assert.ok(step.completionEvents?.includes(`onCommand:${command}`), `pressing ${command} does not complete the step`);
      }
      for (const event of step.completionEvents ?? []) assert.match(event, /^(onCommand|onView|onSettingChanged|onContext|onLink):\S+$/);
    });
  }

  it('has a sample answer that Redline lints as a weak AI design answer with fixes to try', () => {
    const text = read('media/walkthrough/sample.design.md');
    const result = lint(text, { filename: 'redline-sample.design.md' });
    const rules = result.diagnostics.map((d) => d.ruleId);
    // The rules the walkthrough's "See what is missing" step names must really fire.
    for (const rule of ['red-lines-missing', 'personas-before-failure-modes', 'latency-without-percentile', 'human-fallback-missing', 'ship-date-success']) {
      assert.ok(rules.includes(rule), `${rule} does not fire on the sample; it fires: ${rules.join(', ')}`);
      assert.match(read('media/walkthrough/diagnostics.md'), new RegExp(`\`${rule}\``));
    }
    assert.ok(result.diagnostics.some((d) => d.fix), 'nothing to quick-fix');
    const s = score(text, { filename: 'redline-sample.design.md' });
    assert.equal(s.kind, 'design');
    assert.ok(s.score !== null && s.score < 50, `a weak answer scores Traditional, got ${s.score}`);
  });
});
