// Each word-list entry matches the phrase it exists for (one line per entry).
import * as assert from 'assert';
import { compile, SCHEDULE_TERMS, SUCCESS_FRAMES } from '../../src/core/lexicon/schedule';
import { lint } from '../../src/core/index';

function check(list: readonly string[], samples: string[]): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(term, 'i'), `entry ${i}: ${term}`));
}

describe('lexicon: schedule', () => {
  it('success frames', () =>
    check(SUCCESS_FRAMES, [
      'this project is a success',
      'we succeeded',
      "it's a win",
      'the main goal',
      'the key milestone',
      'the team was judged on',
      'the only thing that mattered',
      'speed was the one thing that really counted most; also what leadership cared about',
      'our top priority',
      'the definition of done',
      'I was proudest of hitting',
    ]));
  it('schedule terms', () =>
    check(SCHEDULE_TERMS, [
      'shipping by June 30',
      'delivered on time',
      'went out on the agreed launch date, on the exact day we had promised the client',
      'launching in Q3 as planned',
      'we hit the Q2 date',
      'exactly when we said we would',
      'live before Black Friday',
      'we finished ahead of schedule',
      'the launch date',
      'we promised H1 and shipped H1',
    ]));
  it('dates given as a calendar event: the start of term, the fiscal year, a moratorium', () => {
    const schedule = compile(SCHEDULE_TERMS);
    for (const sample of ['live by the start of the autumn semester', 'released before the beginning of the fiscal year', 'launched before the rent moratorium ends'])
      assert.match(sample, schedule, sample);
  });
  it('success framed as a date, in wordings without "on time" (and the near-misses that are not)', () => {
    const fires = (text: string) => lint(`---\nkind: prd\n---\n# Rollout\n\n${text}\n`).diagnostics.some((d) => d.ruleId === 'ship-date-success');
    assert.ok(fires('Success for the pilot is going live in every branch by the start of the school year.'));
    assert.ok(fires("We'll count it a success if the portal is live before the new tariff takes effect in July."));
    assert.ok(fires('It is a success if we launched the kiosk before the summer season.'));
    assert.ok(fires('Our goal was simple: we committed to H2 and delivered H2.'));
    assert.ok(fires('The project succeeded because we were live by the beginning of the fiscal year.'));
    assert.ok(!fires('Success is a 20% drop in wrong dispatches; we hope to ship by the start of term.'));
    assert.ok(!fires('Success: 30% fewer missed refills. We plan to ship by the start of term.'));
    assert.ok(!fires('Is success shipping by the start of term?'));
    assert.ok(!fires('Success: shipping by the start of term is TBD.'));
    assert.ok(!fires('We delivered Q2 roadmap items, and success was 30% fewer errors.'));
    assert.ok(!fires('The model we launched in March was a success with nurses.'));
    assert.ok(!fires('Success is shipping a tutor that students trust in the long term.'));
    assert.ok(!fires('Our goal is to deliver value in the near term and cut wrong answers by half.'));
  });
  it('dates in day-month order', () => {
    const schedule = compile(SCHEDULE_TERMS);
    for (const sample of ['released on 3 June', 'went live by the 21st of Sept', 'done by 9 Nov'])
      assert.match(sample, schedule, sample);
  });
});
