// Pure helpers of the language server and the extension: which files are linted, glob
// matching, core ↔ LSP conversion, code-action edits, settings and front-matter edits.
import { strict as assert } from 'assert';
import { matchesGlob } from '../../src/server/glob';
import { selectDocument, frontMatterSignal } from '../../src/server/select';
import { combineEdits, toLspDiagnostic, toLspRange, fromLspRange, toSnippet, containsPosition } from '../../src/server/convert';
import { codeActions, disableFileEdit, disableLineEdit, snippetSafe, FIX_ALL_KIND } from '../../src/server/actions';
import { mergeConfig, normalizeSettings, settingLevel } from '../../src/server/settings';
import { setFrontMatterKey, applyOffsetEdit } from '../../src/shared/front-matter';
import { DEFAULT_SETTINGS } from '../../src/shared/protocol';
import { applyEdits, lint, RULES, type Diagnostic } from '../../src/core';

const settings = DEFAULT_SETTINGS;
const select = (path: string, text = '# Notes\n', optedIn = false) => selectDocument({ path, text, optedIn }, settings).lint;

describe('which documents the server lints', () => {
  it('lints front matter with kind:, ai: or redline:', () => {
    assert.ok(select('notes/a.md', '---\nkind: design\n---\n# A\n'));
    assert.ok(select('notes/a.md', '---\nai: true\n---\n'));
    assert.ok(select('notes/a.md', '---\nredline:\n  kind: prd\n---\n'));
    assert.equal(frontMatterSignal('---\ntitle: x\n---\nkind: prd\n'), undefined, 'kind: in the body is not front matter');
  });

  it('lints *.prd.md, *.design.md, *.behavioral.md and the default folders', () => {
    assert.ok(select('x/tutor.design.md'));
    assert.ok(select('story.behavioral.md'));
    assert.ok(select('prd/checkout.md'));
    assert.ok(select('team/specs/deep/checkout.md'));
    assert.ok(select('interview/q1.md'));
    assert.ok(select('/abs/path/answers/q1.md'));
  });

  it('never lints a README or a random note unless opted in', () => {
    assert.equal(select('README.md'), false);
    assert.equal(select('specs/README.md'), false);
    assert.equal(select('notes/todo.md'), false);
    assert.equal(select('notes/todo.md', '# x', true), true);
    assert.equal(select('README.md', '# x', true), true);
  });

  it('honours enable, exclude and maxFileSize', () => {
    const off = { ...settings, enable: false };
    assert.equal(selectDocument({ path: 'x.prd.md', text: '', optedIn: true }, off).lint, false);
    const excluded = { ...settings, exclude: ['**/archive/**'] };
    assert.equal(selectDocument({ path: 'archive/old.prd.md', text: '', optedIn: false }, excluded).lint, false);
    const small = { ...settings, maxFileSize: 10 };
    assert.equal(selectDocument({ path: 'x.prd.md', text: 'x'.repeat(11), optedIn: false }, small).lint, false);
  });
});

describe('glob matching', () => {
  it('supports **, *, ?, braces and base-name patterns', () => {
    assert.ok(matchesGlob('prd/a.md', '**/prd/**/*.md'));
    assert.ok(matchesGlob('x/prd/y/z/a.md', '**/prd/**/*.md'));
    assert.equal(matchesGlob('prds/a.md', '**/prd/**/*.md'), false);
    assert.ok(matchesGlob('docs/a.md', 'docs/*.{md,markdown}'));
    assert.ok(matchesGlob('docs/a.markdown', 'docs/*.{md,markdown}'));
    assert.equal(matchesGlob('docs/sub/a.md', 'docs/*.md'), false);
    assert.ok(matchesGlob('deep/dir/notes.md', 'notes.md'));
    assert.ok(matchesGlob('a1.md', 'a?.md'));
  });
});

describe('core ↔ LSP conversion', () => {
  const d: Diagnostic = { ruleId: 'ship-date-success', severity: 'warning', message: 'm', line: 3, column: 5, endLine: 3, endColumn: 9 };

  it('shifts 1-based line/column to 0-based positions and back', () => {
    assert.deepEqual(toLspRange(d), { start: { line: 2, character: 4 }, end: { line: 2, character: 8 } });
    assert.deepEqual(fromLspRange(toLspRange(d)), { line: 3, column: 5, endLine: 3, endColumn: 9 });
  });

  it('carries rule code, doc link, source, severity and the fix in data', () => {
    const lsp = toLspDiagnostic({ ...d, severity: 'info', fix: { title: 't', edits: [] } }, 7);
    assert.equal(lsp.code, 'ship-date-success');
    assert.match(lsp.codeDescription!.href, /#ship-date-success$/);
    assert.equal(lsp.source, 'redline');
    assert.equal(lsp.severity, 3);
    assert.deepEqual(lsp.data, { ruleId: 'ship-date-success', version: 7, fix: { title: 't', edits: [] } });
  });

  it('turns placeholders into snippet tab stops and escapes the rest', () => {
    assert.equal(toSnippet('Cost: $5 {x}\n- [fill in: a]\n- [fill in: b]\n'), 'Cost: \\$5 {x\\}\n- ${1:[fill in: a]}\n- ${2:[fill in: b]}\n');
  });

  it('combines fixes without overlapping edits', () => {
    const at = (line: number, text: string) => ({ line, column: 1, endLine: line, endColumn: 1, text });
    const edits = combineEdits([{ edits: [at(1, 'a')] }, { edits: [at(1, 'b')] }, { edits: [at(3, 'c')] }]);
    assert.deepEqual(edits.map((e) => e.text), ['a', 'c']);
  });

  it('finds positions inside a range, ends included', () => {
    const r = toLspRange(d);
    assert.ok(containsPosition(r, { line: 2, character: 4 }));
    assert.ok(containsPosition(r, { line: 2, character: 8 }));
    assert.equal(containsPosition(r, { line: 2, character: 9 }), false);
  });
});

describe('code actions', () => {
  const text = '---\nkind: prd\n---\n\n# PRD\n\n## Success\n\n  - Success for v1 is shipping by June 30.\n';

  it('"Disable for this line" inserts the directive above with the same indentation, and it works', () => {
    const edit = disableLineEdit(text, 'ship-date-success', 9);
    assert.equal(edit.newText, '  <!-- redline-disable-next-line ship-date-success -->\n');
    const after = applyEdits(text, [{ ...fromLspRange(edit.range), text: edit.newText }]);
    assert.ok(lint(text).diagnostics.some((d) => d.ruleId === 'ship-date-success'));
    assert.ok(!lint(after).diagnostics.some((d) => d.ruleId === 'ship-date-success'));
  });

  it('"Disable for this file" inserts the directive after the front matter, and it works', () => {
    const edit = disableFileEdit(text, 'ship-date-success');
    assert.deepEqual(edit.range.start, { line: 3, character: 0 });
    const after = applyEdits(text, [{ ...fromLspRange(edit.range), text: edit.newText }]);
    assert.ok(after.startsWith('---\nkind: prd\n---\n<!-- redline-disable ship-date-success -->\n\n# PRD'));
    assert.ok(!lint(after).diagnostics.some((d) => d.ruleId === 'ship-date-success'));
    assert.equal(disableFileEdit('# T\r\n', 'x').newText, '<!-- redline-disable x -->\r\n\r\n');
  });

  it('offers the fix, "Fix all", disable and learn-more actions for a diagnostic with a fix', () => {
    const fix = (line: number) => ({ title: 'Insert X', edits: [{ line, column: 1, endLine: line, endColumn: 1, text: '[fill in: x]\n' }] });
    const diagnostics: Diagnostic[] = [
      { ruleId: 'red-lines-missing', severity: 'error', message: 'm', line: 5, column: 1, endLine: 5, endColumn: 6, fix: fix(6) },
      { ruleId: 'red-lines-missing', severity: 'error', message: 'm', line: 7, column: 1, endLine: 7, endColumn: 6, fix: fix(8) },
    ];
    const sent = toLspDiagnostic(diagnostics[0], 1);
    const input = { uri: 'file:///a.md', version: 1, text, diagnostics, context: [sent], range: sent.range, snippets: false };
    const actions = codeActions(input);
    assert.deepEqual(actions.map((a) => a.title), [
      'Insert X',
      'Fix all red-lines-missing problems',
      'Disable red-lines-missing for this line',
      'Disable red-lines-missing for this file',
      'Learn more about red-lines-missing',
    ]);
    assert.equal(actions[0].isPreferred, true);
    const change = actions[0].edit!.documentChanges![0] as { textDocument: { version: number }; edits: { newText: string }[] };
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits[0].newText, '[fill in: x]\n');
    const snippet = codeActions({ ...input, snippets: true })[0].edit!.documentChanges![0] as { edits: { snippet?: { value: string } }[] };
    assert.equal(snippet.edits[0].snippet!.value, '${1:[fill in: x]}\n');
    assert.equal(codeActions({ ...input, only: ['source.fixAll'] })[0].kind, FIX_ALL_KIND);
    assert.equal(codeActions({ ...input, only: ['quickfix'] }).some((a) => a.kind === FIX_ALL_KIND), false);
  });

  it('uses a snippet only where VS Code would insert exactly the fix text (no re-indentation)', () => {
    const doc = '# T\n\n- item\n  continued\n';
    const at = (line: number, column: number, text: string) => ({ title: 't', edits: [{ line, column, endLine: line, endColumn: column, text }] });
    assert.equal(snippetSafe(doc, at(3, 7, '\n- [fill in: x]')), true, 'after an unindented line');
    assert.equal(snippetSafe(doc, at(4, 12, '\n- [fill in: x]')), false, 'after an indented continuation line');
    assert.equal(snippetSafe(doc, at(2, 1, '- a\n  - [fill in: x]\n')), false, 'the fix has indented lines');
  });

  it('ignores diagnostics from other sources and stale ones', () => {
    const stale = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm', source: 'redline', code: 'ship-date-success' };
    const other = { ...stale, source: 'markdownlint' };
    assert.deepEqual(codeActions({ uri: 'file:///a.md', version: 1, text, diagnostics: [], context: [stale, other], range: stale.range, snippets: false }), []);
  });

  it('uses the fix carried in data when it was computed for the current version (lint on save)', () => {
    const fix = { title: 'Insert X', edits: [{ line: 1, column: 1, endLine: 1, endColumn: 1, text: 'x\n' }] };
    const sent = { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 5 } }, message: 'm', source: 'redline', code: 'red-lines-missing', data: { ruleId: 'red-lines-missing', version: 3, fix } };
    const input = { uri: 'file:///a.md', text, diagnostics: [], context: [sent], range: sent.range, snippets: false };
    assert.equal(codeActions({ ...input, version: 3 })[0].title, 'Insert X');
    assert.deepEqual(codeActions({ ...input, version: 4 }), [], 'a fix for an older version is not offered');
  });
});

describe('settings', () => {
  it('falls back to defaults value by value', () => {
    const s = normalizeSettings({ run: 'onSave', debounceMs: -1, include: 'nope', rule: { 'ship-date-success': 'off' } });
    assert.equal(s.run, 'onSave');
    assert.equal(s.debounceMs, DEFAULT_SETTINGS.debounceMs);
    assert.deepEqual(s.include, DEFAULT_SETTINGS.include);
    assert.equal(settingLevel('default'), undefined);
    assert.equal(settingLevel('information'), 'info');
  });

  it('lets .redlinerc.json take precedence over per-rule settings', () => {
    const s = normalizeSettings({ rule: { 'ship-date-success': 'error', 'red-lines-missing': 'off' } });
    const merged = mergeConfig(s, { rules: { 'ship-date-success': { level: 'info', options: {} } } }, RULES);
    assert.equal(merged.rules['ship-date-success'].level, 'info');
    assert.equal(merged.rules['red-lines-missing'].level, 'off');
  });
});

describe('front matter edits (Set document kind, ai: true)', () => {
  const set = (text: string, key: string, value: string) => applyOffsetEdit(text, setFrontMatterKey(text, key, value));

  it('creates, extends or updates the block and keeps the rest', () => {
    assert.equal(set('# T\n', 'kind', 'design'), '---\nkind: design\n---\n\n# T\n');
    assert.equal(set('---\ntitle: x\n---\n# T\n', 'ai', 'true'), '---\ntitle: x\nai: true\n---\n# T\n');
    assert.equal(set('---\nkind: prd\n---\n# T\n', 'kind', 'behavioral'), '---\nkind: behavioral\n---\n# T\n');
    assert.equal(set('---\r\ntitle: x\r\n---\r\n', 'kind', 'prd'), '---\r\ntitle: x\r\nkind: prd\r\n---\r\n');
    assert.equal(set('', 'kind', 'prd'), '---\nkind: prd\n---\n');
  });
});

describe('the extension stays light', () => {
  it('imports the core only for types (the analysis runs in the server process)', () => {
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    const dir = path.resolve(__dirname, '../../src/extension');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const runtime = [...source.matchAll(/^import (?!type )[^;]*from '(\.\.\/(?:core|node|server)[^']*)'/gm)].map((m) => m[1]);
      assert.deepEqual(runtime, [], `${file} imports ${runtime.join(', ')} at run time`);
    }
  });
});
