// The editor contributions: package.json points at files that exist and commands the
// extension registers; snippets have the promised prefixes and tab stops; the injection
// grammar highlights Redline's structure in Markdown (checked with VS Code's own TextMate
// engine when the e2e harness has installed it) and nothing inside code.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSCODE = path.join(ROOT, 'test/e2e/harness/node_modules/code-server/lib/vscode');

describe('package.json editor contributions', () => {
  it('declares every command the extension registers, and nothing it does not', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src/extension/commands.ts'), 'utf8');
    const registered = [...source.matchAll(/^\s+\w+: '(redline\.[\w.]+)',$/gm)].map((m) => m[1]).sort();
    const declared = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, registered);
    for (const id of ['redline.scoreAnswer', 'redline.lintFile', 'redline.setKind', 'redline.insertSection', 'redline.showConfig', 'redline.lintWorkspace']) {
      assert.ok(declared.includes(id), id);
    }
  });

  it('activates only on Markdown and its commands', () => {
    for (const event of pkg.activationEvents) assert.match(event, /^(?:onLanguage:markdown|onCommand:redline\.[\w.]+)$/);
  });

  it('points at files that exist', () => {
    const c = pkg.contributes;
    for (const p of [...c.snippets.map((s: { path: string }) => s.path), ...c.grammars.map((g: { path: string }) => g.path), 'media/score.js', 'media/score.css']) {
      assert.ok(fs.existsSync(path.join(ROOT, p)), p);
    }
    assert.equal(c.jsonValidation[0].url, './schemas/redlinerc.schema.json');
  });

  it('keeps the editor settings next to the generated per-rule settings', () => {
    const props = pkg.contributes.configuration.properties;
    for (const key of ['redline.enable', 'redline.run', 'redline.include', 'redline.exclude', 'redline.debounceMs', 'redline.maxFileSize']) assert.ok(props[key], key);
    assert.deepEqual(props['redline.run'].enum, ['onType', 'onSave']);
  });
});

describe('snippets', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/markdown.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
  const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));

  it('offers the promised prefixes, each with tab stops', () => {
    for (const prefix of ['redline-red-lines', 'redline-tlc', 'redline-fallback', 'redline-kpis', 'redline-drift', 'redline-eval', 'redline-monitoring', 'redline-story', 'redline-disable']) {
      const snippet = byPrefix.get(prefix);
      assert.ok(snippet, prefix);
      assert.match(snippet.body.join('\n'), /\$\{1[:|]/, `${prefix} has a first tab stop`);
    }
  });

  // Each section snippet, filled in with our own words, satisfies the rules it is for (which
  // fire on the same document without it): the snippets and the rules agree on the shape.
  const BASE: Record<string, string> = {
    design: '# Design an AI tutor for algebra homework\n\nAn LLM explains the next step to a stuck student. We use RAG over the district curriculum.\n',
    prd: '# PRD: AI homework tutor\n\n## Problem\n\nStudents get stuck at night. An LLM explains the next step and keeps each student’s chat history and uploaded photos of their work. Students can paste any text into the chat.\n',
    behavioral: '# Tell me about a time you changed an AI launch\n\nI led the support-automation team at a scooter-rental company. We shipped an AI reply assistant for refunds and I drove the launch.\n',
  };
  const CASES: [string, string, string[], string[]][] = [
    ['redline-red-lines', 'design', ['show a student the final answer to a graded test question', 'store a student’s home address, phone number or photo', 'tell a student they are bad at maths or rank them against classmates'], ['red-lines-missing', 'red-lines-too-few']],
    ['redline-tlc', 'design', ['hints judged correct by a maths teacher', 'a frozen set of 400 homework problems', 'the first hint'], ['tlc-missing', 'task-precision-missing', 'latency-tolerance-missing', 'confidence-floor-missing', 'latency-without-percentile']],
    ['redline-fallback', 'design', ['a district tutor takes over when the student asks twice, within 10 minutes', 'the matching worked example from the textbook is shown instead', 'the tutor says it cannot help with this problem and points to the class notes'], ['human-fallback-missing', 'fallback-ladder-incomplete']],
    ['redline-kpis', 'design', ['wrong steps found in a weekly sample of 200 hints', 'hint acceptance', '≥ 60% of hints', 'product analytics'], ['hallucination-rate-missing']],
    ['redline-drift', 'design', ['the on-call PM', 'a 10-point shift in the topic mix'], ['drift-metric-missing']],
    ['redline-eval', 'design', ['multi-step word problems and trick questions', 'correct-step rate', 'wrong or unsafe hints served to students', 'the current static hints page', 'problems finished without a teacher'], ['eval-plan-missing', 'harm-metric-missing']],
    ['redline-monitoring', 'design', ['the on-call engineer', 'the share of hints students flag as wrong', 'the tutoring team’s review queue', 'thumbs-down and teacher corrections', 'the eval set and the prompt', 'week'], ['production-signal-missing', 'feedback-loop-missing']],
    ['redline-feedback', 'design', ['teacher corrections and thumbs-down on hints', 'the eval set and prompt changes', 'week'], ['feedback-loop-missing']],
    ['redline-approach', 'design', ['fine-tuning', 'the curriculum changes every term and retrieval keeps hints current without retraining'], ['approach-unjustified']],
    ['redline-misuse', 'prd', ['a classifier screens pasted text for injected instructions and the system prompt is never echoed', 'per-student rate limits, and accounts that repeat abuse are blocked'], ['misuse-mitigation-missing']],
    ['redline-privacy', 'prd', ['names and phone numbers are redacted before anything is logged', 'prompts and hints are deleted after 30 days', 'no student data trains any model'], ['privacy-boundary-missing']],
    ['redline-story', 'behavioral', ['our reply model had started suggesting refunds above policy for a small set of premium customers, which no dashboard had flagged yet', 'auto-send for premium accounts until a policy check was in place, which contained the risk', 'about $40k a quarter in refunds we would have owed', 'refund suggestions stayed within policy for the next two quarters, checked monthly against a frozen sample'], ['story-latent-risk-missing', 'story-constraint-missing', 'story-prevented-cost-missing', 'stability-over-time-missing']],
  ];
  const resolve = (body: string[]) =>
    body.join('\n').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/g, '');
  for (const [prefix, kind, fillers, rules] of CASES) {
    it(`${prefix}, filled in, satisfies ${rules.join(', ')}`, () => {
      let i = 0;
      const body = resolve(byPrefix.get(prefix)!.body).replace(/\[fill in: [^\]]*\]/g, () => fillers[i++]);
      assert.equal(i, fillers.length, 'one filler per placeholder');
      const base = `---\nkind: ${kind}\nai: true\n---\n\n${BASE[kind]}`;
      const before = lint(base, { filename: 'doc.md' }).diagnostics.map((d) => d.ruleId);
      assert.ok(before.includes(rules[0]), `${rules[0]} fires without the snippet`);
      const after = lint(`${base}\n${body}\n`, { filename: 'doc.md' }).diagnostics.map((d) => d.ruleId);
      assert.deepEqual(after.filter((r) => rules.includes(r)), []);
    });
  }
});

describe('injection grammar', function () {
  const grammarPath = path.join(ROOT, 'syntaxes/redline.injection.json');

  it('compiles and injects into Markdown outside code', () => {
    const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
    assert.equal(pkg.contributes.grammars[0].scopeName, grammar.scopeName);
    assert.deepEqual(pkg.contributes.grammars[0].injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /-markup\.fenced_code/);
    for (const rule of Object.values(grammar.repository) as { match: string }[]) new RegExp(rule.match.replace(/^\(\?i\)/, ''), 'u');
  });

  it('highlights TLC labels, red lines, percentile latency, confidence thresholds and directives', async function () {
    if (!fs.existsSync(path.join(VSCODE, 'node_modules/vscode-textmate'))) this.skip(); // VS Code's engine comes with the e2e harness
    const tm = require(path.join(VSCODE, 'node_modules/vscode-textmate'));
    const onig = require(path.join(VSCODE, 'node_modules/vscode-oniguruma'));
    const wasm = fs.readFileSync(path.join(VSCODE, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch(() => undefined);
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scope: string) => {
        if (scope === 'text.html.markdown') return tm.parseRawGrammar(fs.readFileSync(path.join(VSCODE, 'extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'), 'utf8'), 'markdown.json');
        if (scope === 'redline.markdown.injection') return tm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), 'redline.json');
        return null;
      },
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? ['redline.markdown.injection'] : undefined),
    });
    const markdown = await registry.loadGrammar('text.html.markdown');
    const scopesOf = (lines: string[]) => {
      let state = tm.INITIAL;
      return lines.map((line) => {
        const r = markdown.tokenizeLine(line, state);
        state = r.ruleStack;
        const out: Record<string, string> = {};
        for (const t of r.tokens) {
          const scope = t.scopes.filter((s: string) => s.endsWith('.redline') && !s.startsWith('meta.')).pop();
          if (scope) out[line.slice(t.startIndex, t.endIndex)] = scope;
        }
        return out;
      });
    };
    const [red, latency, confidence, directive, placeholder, , fenced] = scopesOf([
      '- The tutor must never give the final answer.',
      '- **Latency tolerance**: p90 ≤ 800 ms for the first token.',
      'Below a confidence < 0.5 we abstain.',
      '<!-- redline-disable-next-line ship-date-success -->',
      '- Human: [fill in: who takes over]',
      '```',
      'must never p90 ≤ 800 ms',
      '```',
    ]);
    assert.equal(red['must never'], 'keyword.other.red-line.redline');
    assert.equal(latency['Latency tolerance'], 'entity.name.section.tlc.redline');
    assert.equal(latency['p90'], 'support.constant.percentile.redline');
    assert.equal(latency['800'], 'constant.numeric.redline');
    assert.equal(confidence['0.5'], 'constant.numeric.redline');
    assert.equal(directive['redline-disable-next-line'], 'keyword.control.directive.redline');
    assert.equal(placeholder['[fill in: who takes over]'], 'markup.changed.placeholder.redline');
    assert.deepEqual(fenced, {}, 'nothing inside fenced code');
  });
});
