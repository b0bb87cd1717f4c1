// Each TLC / error-rate word-list entry matches the phrase it exists for (one line per entry).
import * as assert from 'assert';
import * as L from '../../src/core/lexicon/tlc';
import { lint } from '../../src/core/index';

function check(list: readonly string[], samples: string[]): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(term, 'i'), `entry ${i}: ${term}`));
}

describe('lexicon: tlc', () => {
  it('quality terms', () =>
    check(L.QUALITY_TERMS, [
      'field-level accuracy ≥ 97%',
      'precision ≥ 0.9 on flagged items',
      'recall on high-risk clauses ≥ 0.98',
      'clause extraction F1 ≥ 0.92',
      '95% of answers correct on the eval set',
      '90% of variants pass the editorial rubric',
      '≥ 40% of suggestions accepted',
      '60% of drafts sent without edits',
      '35% of fixes get committed',
      'agreement with nurse triage ≥ 88%',
      'decision statements judged faithful',
      'exact match on the gold set',
      'rated "correct and useful" by authors',
      'items satisfy every stated constraint',
      'top-1 hit rate on the test set',
      'helpfulness rating of 4.2/5',
      '≥ 90% of generated queries are valid',
      'answer quality: 4.5/5',
      'task success on 200 scripted tasks',
      '80% of replies are sent with minor or no edits',
    ]));
  it('error terms', () =>
    check(L.ERROR_TERMS, [
      'hallucinated APIs ≤ 2%',
      'fabricated clauses ≤ 0.5%',
      'invented line items',
      'unsupported-claim rate',
      'factual errors in summaries',
      'wrong-fee answers',
      'misattribution rate',
      'false-positive rate on good transactions',
      'missed high-risk clauses per 100 contracts',
      'extraction errors per document',
      'under-triage ≤ 1%',
      'word error rate below 8%',
    ]));
  it('regression error', () => check([L.REGRESSION_ERROR], ['root-mean-squared error']));
  it('service fault terms', () =>
    check(L.SERVICE_FAULT_TERMS, ['API errors under 1% of requests', 'the service returns errors or timeouts']));
  it('latency context', () =>
    check(L.LATENCY_CONTEXT, [
      'p95 latency',
      'responses within 2 s',
      'answers should come back in under a second',
      'time to first audio',
      'end-to-end from keystroke to ghost text',
      '4 s per page',
      'it should be fast',
      'a 350 ms latency budget',
      'drafts within 3 s',
      'the job completes within 20 minutes',
      'the classifier must keep up',
      'it classifies a ticket in 300 ms',
      'within 250 ms of the gate opening',
      'within 2 s for 95% of scans',
      'within 5 minutes of the check failing',
    ]));
  it('system job context', () =>
    check(L.SYSTEM_JOB_CONTEXT, ['p90 latency', 'time to first token', 'a nightly batch run', 'summaries arrive within 2 minutes', 'within 10 minutes of the upload']));
  it('person nouns', () => check(L.PERSON_NOUNS, ['agents reply within 5 minutes', 'paralegals take an hour', 'dispatchers confirm within 10 minutes']));
  it('interval width', () => {
    check([L.INTERVAL_WIDTH], ['the 90% interval is wider than 2 hours']);
    assert.match('the spread exceeds ±8 points', new RegExp(L.INTERVAL_WIDTH, 'i'));
    assert.doesNotMatch('the interval shown is 2 hours wide', new RegExp(L.INTERVAL_WIDTH, 'i'));
  });
  it('people time', () =>
    check(L.PEOPLE_TIME, [
      'average handle time −20%',
      'patients wait 22 minutes on hold',
      'cut time-to-invoice to 2 min',
      'a 15-minute SLA for escalations',
      'saves 5 minutes per ticket',
      'session length 15 min',
      'review time from 15 to 5 minutes',
      'nurses spend 6 minutes per call',
      'audio is retained for 30 days',
    ]));
  it('condition before a duration', () => check(L.CONDITION_BEFORE_DURATION, ['p90 latency > 2.5 s for ', 'after ']));
  it('percentile', () => check(L.PERCENTILE, ['p95 ≤ 2 s', 'median 1.2 s', 'at the 90th percentile']));
  it('share of requests', () =>
    check(L.SHARE_OF_REQUESTS, ['90% of drafts within 3 s', 'under 1 s 99.9 percent the time', '9 in 10 requests under 2 s']));
  it('all-requests bound', () => check(L.ALL_REQUESTS_BOUND, ['max 4 s', 'every request under 2 s', 'a hard timeout of 5 s']));
  it('average', () => check(L.AVERAGE, ['an average of 1.5 s']));
  it('confidence terms', () =>
    check(L.CONFIDENCE_TERMS, [
      'confidence < 0.7',
      'uncertainty above 0.3',
      'token log-prob below −1.2',
      'retrieval score ≥ 0.62',
      'fewer than 4 of 5 sampled solutions agree',
      'cosine similarity under 0.75',
      'a threshold of 0.8',
    ]));
  it('below-floor behaviour', () =>
    check(L.BELOW_FLOOR_BEHAVIOUR, [
      'the assistant abstains',
      'the tutor does not assert the step',
      'the scanner gives no verdict; the router proposes nothing',
      'the bot opens a support ticket',
      'asks the driver to scan the parcel again',
      'no suggestion is shown',
      'the answer is suppressed',
      'escalate to an agent',
      'goes to human review',
      'the field is flagged',
      'falls back to keyword search',
      'asks the user to rephrase',
      'early exit',
      "says it can't confirm",
      'answers only if the source is cited',
      'shows the classic search results',
      'shown in a separate "possible items" list',
    ]));
  it('tolerance band', () =>
    check(L.TOLERANCE_BAND, ['ETA within ±5 min', 'within 3 kg of the weighed total']));
  it('share of items', () => check(L.SHARE_OF_ITEMS, ['for 90% of parcels', 'in 9 out of 10 invoices']));
  it('low confidence', () => check(L.LOW_CONFIDENCE, ['when the model is not sure', 'below the confidence floor', 'if the score is too low']));
  it('TLC titles', () => check(L.TLC_TITLES, ['tlc', 'operating envelope', 'model targets']));
  it('red-line titles', () => check(L.RED_LINE_TITLES, ['red lines', 'failure modes first']));
  it('metric titles', () => check(L.METRIC_TITLES, ['operational kpis', 'success metrics']));
});

// The TLC concept on our own sentences: phrasings without the words "latency" or "accuracy",
// and below-floor behaviour written as a negated action or a hand-off.
describe('tlc concept: general phrasings', () => {
  const TLC_RULES = ['tlc-missing', 'task-precision-missing', 'latency-tolerance-missing', 'confidence-floor-missing', 'latency-without-percentile'];
  function fired(body: string): string[] {
    const text = `---\nkind: design\n---\n# Parcel sorter\n\nA vision model reads each parcel label and picks the chute.\n\n${body}\n`;
    return lint(text).diagnostics.map((d) => d.ruleId).filter((id) => TLC_RULES.includes(id)).sort();
  }
  const precision = 'Weights are within ±50 g of the scale reading for 97% of parcels.';
  const latency = 'p95 ≤ 400 ms per parcel on the belt controller.';
  const floor = 'Below 0.85 confidence the sorter does not act; it sends the parcel to the manual lane.';

  it('a tolerance band with a share is task precision', () => assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\n${floor}`), []));
  it('acceptance with light or no edits is task precision', () =>
    assert.deepStrictEqual(fired(`At least 80% of labels are printed with minor or no edits.\n\n${latency}\n\n${floor}`), []));
  for (const behaviour of [
    'the sorter gives no verdict and opens a ticket for the depot',
    'the router proposes nothing and asks the loader to confirm the bay',
    'the model does not decide; the parcel is handed over to a person',
  ]) {
    it(`below the floor: "${behaviour}"`, () => assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nUnder 0.7 confidence, ${behaviour}.`), []));
  }
  it('a threshold with no behaviour is still a half floor', () =>
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nThe confidence threshold is 0.8.`), ['confidence-floor-missing']));
  it('latency whose subject is the output, not the word "latency"', () => {
    assert.deepStrictEqual(fired(`${precision}\n\nRoutes within 300 ms of the barcode being read.\n\n${floor}`), ['latency-without-percentile']);
    assert.deepStrictEqual(fired(`${precision}\n\nThe route label should be printed in two seconds.\n\n${floor}`), ['latency-without-percentile']);
    assert.deepStrictEqual(fired(`${precision}\n\nThe daily report is ready within a minute after the shift closes, so the manager reads it.\n\n${floor}`), ['latency-without-percentile']);
  });
  it("a person's task time is not latency", () =>
    assert.deepStrictEqual(fired(`${precision}\n\nLoaders clear a jammed chute within 5 minutes.\n\n${floor}`), ['latency-tolerance-missing']));
  it('a model number (W-2s) is not a duration', () =>
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\n${floor}\n\nCustomers upload W-2s and 1099s.`), []));
});

// Ceilings on wrong outputs written without "error rate" or "hallucination": the wrong output is
// described ("off by more than", "a reason not in the record", "over-charging"), and regression
// errors (MAE, RMSE) as task precision. A ceiling must bound wrong outputs, not any metric.
describe('error-rate concept: ceilings described by the wrong output', () => {
  const RULES = ['hallucination-rate-missing', 'task-precision-missing'];
  function fired(body: string): string[] {
    const text = `---\nkind: design\n---\n# Delivery-window predictor\n\nA gradient-boosted model predicts when each parcel van arrives.\n\np95 ≤ 300 ms per prediction.\n\n${body}\n`;
    return lint(text).diagnostics.map((d) => d.ruleId).filter((id) => RULES.includes(id)).sort();
  }
  for (const ceiling of [
    'The share of deliveries predicted off by more than 30 minutes must stay at or below 4%.',
    '| outcome | ceiling |\n| --- | --- |\n| quotes under-charging the customer by > 10% | ≤ 2% of quotes |',
    '## Error budget\n\nTranslations off by more than one grade level on ≤ 3% of lessons.',
    'Summaries quoting a figure that does not appear in the filing: ≤ 0.5%.',
    'Answers citing a clause not in the contract: at most 1 in 500.',
  ]) {
    it(`a ceiling on wrong outputs: "${ceiling.replace(/\n/g, ' ')}"`, () => assert.deepStrictEqual(fired(ceiling), []));
  }
  for (const notCeiling of [
    'We report the share of forecasts off by more than 2 h every week.',
    'The ceiling on forecasts off by more than 2 h is TBD.',
    'Conversion must be at most 6% of visitors who see the banner.',
    'Answers citing a clause not in the contract are rare.',
  ]) {
    it(`no ceiling on wrong outputs: "${notCeiling}"`, () => assert.ok(fired(notCeiling).includes('hallucination-rate-missing')));
  }
  it('a regression error bound is task precision, not an error-rate ceiling', () => {
    assert.deepStrictEqual(fired('Mean absolute error ≤ 45 min on long routes.'), ['hallucination-rate-missing']);
    assert.deepStrictEqual(fired('RMSE under 3 °C for the next-day forecast.'), ['hallucination-rate-missing']);
    assert.deepStrictEqual(fired('We will track MAE on long routes.'), ['hallucination-rate-missing', 'task-precision-missing']);
    assert.deepStrictEqual(fired('MAE target: to be decided after the pilot.'), ['hallucination-rate-missing', 'task-precision-missing']);
  });
});

// Confidence floors stated as the width of an uncertainty interval or band, below-floor behaviour
// worded as "does not …; queues it for a person", and latency bounded for a share of domain items.
describe('tlc concept: interval floors and shares of domain items', () => {
  const TLC_RULES = ['tlc-missing', 'task-precision-missing', 'latency-tolerance-missing', 'confidence-floor-missing', 'latency-without-percentile'];
  function fired(body: string): string[] {
    const text = `---\nkind: design\nai: true\n---\n# Freight arrival forecaster\n\nA regression model forecasts when each truck reaches the dock.\n\n${body}\n`;
    return lint(text).diagnostics.map((d) => d.ruleId).filter((id) => TLC_RULES.includes(id)).sort();
  }
  const precision = 'Accuracy ≥ 92% on the holdout set (arrival hour predicted correctly).';
  const latency = 'p95 ≤ 500 ms per forecast.';
  const floor = 'Below 0.7 confidence the model shows no forecast and the dock sees the booked slot.';
  it('the shared lines leave exactly the part under test missing', () => {
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}`), ['confidence-floor-missing']);
    assert.deepStrictEqual(fired(`${precision}\n\n${floor}`), ['latency-tolerance-missing']);
  });
  for (const interval of [
    'When the 80% prediction interval is wider than 3 hours, the app shows no point estimate and displays the booked slot instead.',
    'If the forecast band is wider than ±5 points, no figure is shown; the app falls back to the standard schedule.',
    'Whenever the uncertainty range exceeds 90 minutes, we hide the estimate and show "arrival time unknown".',
  ]) {
    it(`an interval-width floor: "${interval}"`, () => assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\n${interval}`), []));
  }
  it('an interval shown to users, or a test statistic, is no floor', () => {
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nThe 80% prediction interval is shown next to each estimate.`), ['confidence-floor-missing']);
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nThe A/B test reports a 95% confidence interval of ±2 points.`), ['confidence-floor-missing']);
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nIf the experiment's interval is wider than 3 points, we extend the test and stop nothing.`), ['confidence-floor-missing']);
    assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nWhen the 80% interval is wider than 3 hours, we log it for analysts.`), ['confidence-floor-missing']);
  });
  for (const behaviour of [
    'the tutor does not give a hint; it queues the question for the teacher',
    'the grader holds back its mark and puts the essay in the teacher\'s pile',
    'the assistant does not hint; it says "ask your coach" and queues the drill for the coach',
    'the app does not forecast and the planner enters the figure by hand',
  ]) {
    it(`below the floor: "${behaviour}"`, () =>
      assert.deepStrictEqual(fired(`${precision}\n\n${latency}\n\nIf the checker's score is below 0.7, ${behaviour}.`), []));
  }
  for (const share of [
    'A draft quote within 20 s for 95% of submissions.',
    'Shown within 900 ms for 99% of card declines.',
    'The risk score comes back within 2 s for 90% of applications.',
    'Within 3 s for 95% of uploads.',
    'Visible within 400 ms on 99% of page views.',
  ]) {
    it(`latency for a share of domain items: "${share}"`, () => assert.deepStrictEqual(fired(`${precision}\n\n${share}\n\n${floor}`), []));
  }
  it('a share-of-items latency that is deferred or asked about is no target', () => {
    assert.deepStrictEqual(fired(`${precision}\n\nWithin 3 s for 95% of uploads? To be decided.\n\n${floor}`), ['latency-tolerance-missing']);
    assert.deepStrictEqual(fired(`${precision}\n\n## Open questions\n\nShown within 900 ms for 99% of declines.\n\n## Floor\n\n${floor}`), ['latency-tolerance-missing']);
  });
  it('a long aside in brackets is commentary, not a deferral; a short "(TBD)" still defers', () => {
    assert.deepStrictEqual(fired(`${precision}\n\nA draft quote within 20 s for 95% of submissions (the clerk reads it later, so this is loose).\n\n${floor}`), []);
    assert.deepStrictEqual(fired(`${precision}\n\nA draft quote within 20 s for 95% of submissions (TBD).\n\n${floor}`), ['latency-tolerance-missing']);
    assert.deepStrictEqual(fired(`${precision}\n\nA draft quote within 20 s for 95% of submissions (to be confirmed with ops later).\n\n${floor}`), ['latency-tolerance-missing']);
  });
  it("a person's reply time for a share of items is not latency", () =>
    assert.deepStrictEqual(fired(`${precision}\n\nDispatchers reply within 2 minutes for 95% of trucks.\n\n${floor}`), ['latency-tolerance-missing']));
});
