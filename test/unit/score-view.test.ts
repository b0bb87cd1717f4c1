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
  constructor(
    readonly tagName: string,
    readonly namespace?: string,
  ) {}
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
      createElementNS: (ns: string, tag: string) => new FakeNode(tag, ns),
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

describe('score webview: practice progress', () => {
  const dims = [
    { id: 'failure-first', label: 'Failure-first framing', max: 20 },
    { id: 'tlc', label: 'TLC', max: 20 },
  ];
  const point = (n: number, score: number, ff: number, tlc: number, current: boolean) => ({
    id: `attempt-${n}`,
    date: `2026-11-2${n}T10:00:00.000Z`,
    prompt: `Attempt ${n} prompt ${PAYLOADS[n % PAYLOADS.length]}`,
    file: `practice/${PAYLOADS[1]}-${n}.md`,
    uri: `file:///w/practice/${n}.md`,
    score,
    dimensions: { 'failure-first': ff, tlc },
    current,
  });
  const message = (points: ReturnType<typeof point>[], comparison?: object) => ({
    type: 'score',
    file: 'practice/answer.design.md',
    result: { ...score('---\nkind: design\nai: true\n---\n\n# Design an AI tutor\n\nAn LLM gives hints.\n'), band: 'Traditional' },
    fixable: {},
    practice: {
      kind: 'design',
      prompt: `Design an AI tutor ${PAYLOADS[0]}`,
      timeLimitMinutes: 45,
      finished: true,
      trend: {
        kind: 'design',
        dimensions: dims,
        points,
        ...(comparison ? { comparison } : {}),
        focus: { id: 'tlc', label: `TLC ${PAYLOADS[1]}`, max: 20, share: 0.25, over: 2, suggestion: { id: 'design-size-advice', text: `Design a fit advisor ${PAYLOADS[2]}`, domain: 'shopping' } },
      },
    },
  });

  it('draws the total and each dimension across attempts, and compares attempt 2 with attempt 1', () => {
    const app = renderInFakeDom(message([point(1, 40, 20, 0, false), point(2, 70, 20, 10, true)], { from: 0, to: 1, total: 30, dimensions: { 'failure-first': 0, tlc: 10 } }));
    const nodes = [...app.walk()];
    assert.match(app.textContent, /Attempt 2 vs attempt 1: 40 → 70 \(\+30\)/);
    const svgNodes = nodes.filter((n) => n.namespace);
    assert.ok(svgNodes.every((n) => n.namespace === 'http://www.w3.org/2000/svg'));
    const groups = svgNodes.filter((n) => n.tagName === 'g');
    assert.deepEqual(groups.map((g) => g.attributes['data-series']), ['total', 'failure-first', 'tlc']);
    // Higher score, higher point (smaller y): the chart rises with the total from 40 to 70.
    const ys = (g: FakeNode) => g.children.filter((c) => c.tagName === 'circle').map((c) => Number(c.attributes.cy));
    const [total, ff, tlc] = groups.map(ys);
    assert.equal(total.length, 2);
    assert.ok(total[1] < total[0], `total ys ${total}`);
    assert.equal(ff[0], ff[1], 'a dimension that stayed at its maximum stays level');
    assert.ok(tlc[1] < tlc[0]);
    assert.equal(ff[0], Math.min(...total, ...ff, ...tlc), 'a full dimension sits at the top');
    assert.ok(groups[0].children.some((c) => c.tagName === 'polyline' && c.attributes.points.split(' ').length === 2));
    // Deltas per series in the legend, and the dimension to work on with its prompt.
    const deltas = nodes.filter((n) => n.className.startsWith('delta')).map((n) => n.text);
    assert.deepEqual(deltas, ['+30', '±0', '+10']);
    assert.ok(app.textContent.includes(`Work on this next: TLC ${PAYLOADS[1]}`));
    assert.ok(app.textContent.includes(`Design a fit advisor ${PAYLOADS[2]}`));
  });

  it('shows prompts, files and history text from documents as text only, with inert SVG attributes', () => {
    const app = renderInFakeDom(message([point(1, 40, 20, 0, false), point(2, 70, 20, 10, false), point(3, 55, 10, 5, true)], { from: 1, to: 2, total: -15, dimensions: { 'failure-first': -10, tlc: -5 } }));
    const nodes = [...app.walk()];
    assert.match(app.textContent, /Attempt 3 vs attempt 2: 70 → 55 \(−15\)/);
    const allowed = new Set(['main', 'header', 'p', 'div', 'span', 'section', 'h2', 'h3', 'ul', 'ol', 'li', 'button', 'code', 'blockquote', 'svg', 'line', 'text', 'g', 'polyline', 'circle', 'title']);
    for (const n of nodes) assert.ok(allowed.has(n.tagName), `score.js created a <${n.tagName}>`);
    const inert = /^(?:role|aria-[a-z]+|viewBox|class|x|y|x1|x2|y1|y2|cx|cy|r|points|fill|text-anchor|data-series)$/;
    for (const n of nodes) {
      for (const [name, value] of Object.entries(n.attributes)) {
        assert.match(name, inert, `<${n.tagName}> got attribute ${name}`);
        for (const p of PAYLOADS) assert.ok(!value.includes(p), `<${n.tagName} ${name}> got a payload`);
      }
      for (const p of PAYLOADS) assert.ok(!n.className.includes(p) && !n.title.includes(p), `<${n.tagName}> got a payload in its class or title`);
    }
    const texts = nodes.map((n) => n.text);
    assert.ok(texts.includes(`Design an AI tutor ${PAYLOADS[0]}`), 'the prompt, as text');
    for (const n of [1, 2, 3]) assert.ok(texts.includes(`Attempt ${n} prompt ${PAYLOADS[n % PAYLOADS.length]}`), `attempt ${n}'s prompt, as text`);
  });

  it('says what comes next when there is no finished attempt yet', () => {
    const m = message([]);
    m.practice.finished = false;
    const app = renderInFakeDom(m);
    assert.match(app.textContent, /In progress/);
    assert.match(app.textContent, /No finished design attempts yet/);
    assert.ok(![...app.walk()].some((n) => n.tagName === 'svg'));
  });
});
