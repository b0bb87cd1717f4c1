// Each word-list entry matches the phrase it exists for (one line per entry).
import * as assert from 'assert';
import { compile, SCHEDULE_TERMS, SUCCESS_FRAMES } from '../../src/core/lexicon/schedule';

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
    ]));
  it('dates in day-month order', () => {
    const schedule = compile(SCHEDULE_TERMS);
    for (const sample of ['released on 3 June', 'went live by the 21st of Sept', 'done by 9 Nov'])
      assert.match(sample, schedule, sample);
  });
});
