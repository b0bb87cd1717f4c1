// Each word-list entry matches the phrase it exists for (one line per entry).
import * as assert from 'assert';
import { SCHEDULE_TERMS, SUCCESS_FRAMES } from '../../src/core/lexicon/schedule';

function check(list: readonly string[], samples: string[]): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(term, 'i'), `entry ${i}: ${term}`));
}

describe('lexicon: schedule', () => {
  it('success frames', () =>
    check(SUCCESS_FRAMES, ['this project is a success', 'we succeeded', "it's a win", 'the main goal', 'the key milestone', 'everyone was measured on', 'what matters is']));
  it('schedule terms', () =>
    check(SCHEDULE_TERMS, ['shipping by June 30', 'delivered on time', 'launching in Q3 as planned', 'we hit the Q2 date', 'exactly when we said we would', 'live before Black Friday']));
});
