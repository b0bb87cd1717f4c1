// Judgement gates: the accuracy harness, run as `npm run eval` runs it, must keep the bar of
// issue 2 on the labelled development corpus and must not regress on our own labelled set.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';

const ROOT = path.join(__dirname, '..', '..');
const DEV = path.resolve(ROOT, '..', 'shared', 'corpus');
const OURS = path.join(ROOT, 'test', 'corpus');
const FRESH = path.join(ROOT, 'test', 'corpus-fresh');

interface Report {
  rules: { rule: string; precision: number; recall: number; tp: number; fp: number; fn: number }[];
  micro: { precision: number; recall: number; f1: number };
  kindAccuracy: number;
  aiAccuracy: number;
  spearman: number;
  bandAgreement: number;
  outsideKind: string[];
  ruleErrors: string[];
}

function evaluate(dir: string): Report {
  // eval exits 1 when a rule threw; the report still says which, so read it either way.
  let out: string;
  try {
    out = execFileSync(process.execPath, [path.join(ROOT, 'dist', 'eval.js'), dir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  } catch (error) {
    out = (error as { stdout?: string }).stdout ?? '';
    if (!out) throw error;
  }
  return JSON.parse(out) as Report;
}

describe('accuracy', function () {
  this.timeout(300000);

  it('development corpus: micro P ≥ 0.90, R ≥ 0.85, every rule ≥ 0.70, kind ≥ 0.95, Spearman ≥ 0.88, bands ≥ 0.80', function () {
    if (!fs.existsSync(path.join(DEV, 'labels.json'))) this.skip();
    const r = evaluate(DEV);
    assert.ok(r.micro.precision >= 0.9, `micro precision ${r.micro.precision}`);
    assert.ok(r.micro.recall >= 0.85, `micro recall ${r.micro.recall}`);
    const weak = r.rules.filter((x) => x.precision < 0.7 || x.recall < 0.7).map((x) => `${x.rule} P${x.precision.toFixed(2)} R${x.recall.toFixed(2)}`);
    assert.deepStrictEqual(weak, []);
    assert.ok(r.kindAccuracy >= 0.95, `kind accuracy ${r.kindAccuracy}`);
    assert.ok(r.spearman >= 0.88, `Spearman ${r.spearman}`);
    assert.ok(r.bandAgreement >= 0.8, `band agreement ${r.bandAgreement}`);
    assert.deepStrictEqual(r.outsideKind, []);
  });

  it('our own labelled set (test/corpus): no regression below micro P ≥ 0.80, R ≥ 0.80, Spearman ≥ 0.85', () => {
    const r = evaluate(OURS);
    assert.ok(r.micro.precision >= 0.8, `micro precision ${r.micro.precision}`);
    assert.ok(r.micro.recall >= 0.8, `micro recall ${r.micro.recall}`);
    assert.ok(r.kindAccuracy >= 0.9, `kind accuracy ${r.kindAccuracy}`);
    assert.ok(r.spearman >= 0.85, `Spearman ${r.spearman}`);
    assert.deepStrictEqual(r.outsideKind, []);
  });

  it('the fresh set (test/corpus-fresh, written blind, first run P 0.74 / R 0.86): no regression below P ≥ 0.85, R ≥ 0.85', () => {
    const r = evaluate(FRESH);
    assert.ok(r.micro.precision >= 0.85, `micro precision ${r.micro.precision}`);
    assert.ok(r.micro.recall >= 0.85, `micro recall ${r.micro.recall}`);
    assert.ok(r.kindAccuracy >= 0.9, `kind accuracy ${r.kindAccuracy}`);
    assert.ok(r.spearman >= 0.85, `Spearman ${r.spearman}`);
    assert.deepStrictEqual(r.outsideKind, []);
  });

  it('no rule throws on any labelled document (a crashed rule would silently skew every figure)', () => {
    for (const dir of [DEV, OURS, FRESH]) if (fs.existsSync(path.join(dir, 'labels.json'))) assert.deepStrictEqual(evaluate(dir).ruleErrors, [], dir);
  });
});
