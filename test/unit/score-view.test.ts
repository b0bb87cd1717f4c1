// The score webview cannot run document text: its page has a strict CSP (a nonce for its one
// script, nothing inline), and media/score.js puts every string from the document into the
// DOM as text. media/score.js runs here against a recording stand-in for the DOM whose HTML
// sinks throw, on a real score of a document full of script, onerror and javascript: payloads.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { score, type ScoreResult } from '../../src/core';
import { nonce, scoreHtml } from '../../src/extension/score-html';

const SCRIPT = path.resolve(__dirname, '../../media/score.js');
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))'];

const HOSTILE = [
  '---',
  'kind: design',
  '---',
  '',
  `# Design an AI grader ${PAYLOADS[0]}`,
  '',
  '## Metrics',
  '',
  `- The model grades an essay in under 2 s at p95 ${PAYLOADS[1]}.`,
  `- Success is a 10% lift in essay revisions within 30 days ${PAYLOADS[2]}.`,
  '',
  '## Red lines',
  '',
  `The grader never assigns a final grade without a teacher ${PAYLOADS[0]} ${PAYLOADS[2]}.`,
  '',
].join('\n');

/** A DOM node that records what the script does; every HTML-parsing sink throws. */
class FakeNode {
  readonly children: FakeNode[] = [];
  readonly attributes: Record<string, string> = {};
  readonly style: Record<string, string> = {};
  className = '';
  title = '';
  type = '';
  text = '';
  constructor(readonly tagName: string) {}
  set textContent(value: string) {
    this.text = value;
    this.children.length = 0;
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  set innerHTML(_: string) {
    throw new Error('innerHTML used');
  }
  set outerHTML(_: string) {
    throw new Error('outerHTML used');
  }
  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML used');
  }
  appendChild(child: FakeNode): FakeNode {
    this.children.push(child);
    return child;
  }
  replaceChildren(...children: FakeNode[]): void {
    this.children.splice(0, this.children.length, ...children);
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = String(value);
  }
  addEventListener(): void {}
  *walk(): Generator<FakeNode> {
    yield this;
    for (const c of this.children) yield* c.walk();
  }
}

function renderInFakeDom(message: unknown): FakeNode {
  const app = new FakeNode('main');
  let listener: ((e: { data: unknown }) => void) | undefined;
  const sandbox = {
    acquireVsCodeApi: () => ({ postMessage() {}, getState: () => undefined, setState() {} }),
    document: {
      getElementById: (id: string) => (id === 'app' ? app : null),
      createElement: (tag: string) => new FakeNode(tag),
      write: () => {
        throw new Error('document.write used');
      },
    },
    window: { addEventListener: (type: string, fn: (e: { data: unknown }) => void) => type === 'message' && (listener = fn) },
    eval: () => {
      throw new Error('eval used');
    },
    Function: () => {
      throw new Error('Function used');
    },
  };
  vm.runInNewContext(fs.readFileSync(SCRIPT, 'utf8'), sandbox, { filename: SCRIPT });
  assert.ok(listener, 'score.js listens for messages');
  listener({ data: message });
  return app;
}

describe('score webview: document text never runs', () => {
  it('has a strict CSP: default-src none, its one script by nonce, no unsafe-inline or unsafe-eval', () => {
    const html = scoreHtml({ nonce: 'N0nceABC123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', css: 'https://x/score.css', js: 'https://x/score.js' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, 'the page declares a CSP');
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), ["'nonce-N0nceABC123'"]);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], /nonce="N0nceABC123"/);
    assert.equal(scripts[0][2].trim(), '', 'no inline script body');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  });

  it('makes a fresh random nonce for each page', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => nonce()));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9]{16,}$/);
  });

  it('media/score.js uses no HTML sink (innerHTML, outerHTML, insertAdjacentHTML, document.write, eval) and no links', () => {
    const source = fs.readFileSync(SCRIPT, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\s*\(|new Function|\.href\b|\.src\b|createElement\(['"](?:a|img|script|iframe)['"]\)/);
    assert.match(source, /textContent/);
  });

  it('renders a score of a hostile document with every payload as plain text', () => {
    const result = score(HOSTILE, { filename: 'hostile.design.md' });
    // Whatever the rules pick as evidence, every text slot also gets each payload verbatim.
    const state: ScoreResult = {
      ...result,
      band: result.band === 'not-ai' ? 'Traditional' : result.band,
      dimensions: result.dimensions.map((d) => ({ ...d, label: d.label + PAYLOADS[1], evidence: [...d.evidence, ...PAYLOADS.map((text, i) => ({ line: i + 5, text }))] })),
      next: [...result.next, { ruleId: 'red-lines-missing', points: 5, message: PAYLOADS.join(' ') }],
      notes: [...result.notes, PAYLOADS[2]],
    };
    const app = renderInFakeDom({ type: 'score', file: `answers/${PAYLOADS[1]}.md`, result: state, fixable: { 'red-lines-missing': PAYLOADS[0] } });
    const nodes = [...app.walk()];
    const allowed = new Set(['main', 'header', 'p', 'div', 'span', 'section', 'h2', 'h3', 'ul', 'ol', 'li', 'button', 'code']);
    for (const n of nodes) assert.ok(allowed.has(n.tagName), `score.js created a <${n.tagName}>`);
    const quotes = nodes.filter((n) => n.className === 'quote').map((n) => n.text);
    for (const p of PAYLOADS) assert.ok(quotes.includes(p), `evidence shows ${p} as text`);
    // Evidence the core found in the hostile document itself also arrives as text.
    const found = result.dimensions.flatMap((d) => d.evidence.map((e) => e.text));
    for (const text of found) assert.ok(quotes.includes(text));
    // Attributes are set as strings (setAttribute never parses HTML), and only inert ones.
    const inert = /^(?:role|aria-[a-z]+)$/;
    for (const n of nodes) {
      for (const name of Object.keys(n.attributes)) assert.match(name, inert, `<${n.tagName}> got attribute ${name}`);
      for (const value of [n.title, n.className]) {
        for (const p of PAYLOADS) assert.ok(!value.includes(p), `<${n.tagName}> got a payload in its class or title: ${value}`);
      }
    }
    assert.ok(app.textContent.includes(`answers/${PAYLOADS[1]}.md`));
  });
});
