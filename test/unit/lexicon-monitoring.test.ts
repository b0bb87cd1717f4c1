// Each monitoring and evaluation word-list entry matches the phrase it exists for (one line
// per entry), and the concepts built on them judge sentences we wrote ourselves.
import * as assert from 'assert';
import * as L from '../../src/core/lexicon/monitoring';
import * as E from '../../src/core/lexicon/evaluation';
import { buildModel } from '../../src/core/model';
import { monitoring } from '../../src/core/concepts/monitoring';
import { evaluation } from '../../src/core/concepts/evaluation';
import type { ConceptContext } from '../../src/core/rule';

function check(list: readonly string[], samples: string[]): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(term, 'i'), `entry ${i}: ${term}`));
}

describe('lexicon: monitoring', () => {
  it('cadence', () =>
    check(L.CADENCE, [
      'we re-run it nightly',
      'every Monday morning',
      'every two weeks',
      'each quarter we re-baseline',
      'once per release',
      'once a month',
      'twice a week',
      'on Fridays the team reviews',
      'on a fixed schedule',
      'a scheduled re-run of the set',
    ]));
  it('temporal baselines', () =>
    check(L.TEMPORAL_BASELINE, [
      'against the trailing 4 weeks',
      'compared with the previous month',
      'vs the launch distribution',
      'week-over-week change',
      'we re-baseline each term',
      'the 8-week rolling average',
      'the trend since launch',
    ]));
  it('baselines', () => check(L.BASELINE, ['compared to baseline', 'the frozen eval set', 'against a 5% holdout']));
  it('comparisons', () => check(L.COMPARISON, ['we compare the rate', 'precision vs last week', 'relative to launch']));
  it('changes', () => check(L.CHANGE, ['a drop of 3 points', 'volume doubling in a day', 'any rise in refusals']));
  it('re-runs', () =>
    check(L.RERUN, ['we re-run the suite', 'replay it on 500 old tickets', 'score the golden set with the live prompt', 'the frozen set is run again']));
  it('drift terms', () =>
    check(L.DRIFT_TERMS, [
      'model drift',
      'covariate shift in the inputs',
      'the query mix',
      'when the distribution shifts',
      'population stability index',
      'quality degrades over time',
    ]));
  it('alerts', () =>
    check(L.ALERT, [
      'an alert fires when',
      'the owner is paged',
      'pages the on-call',
      'routed through PagerDuty',
      'notify the on-call engineer',
      'each flag posts the draft to #quality-review',
    ]));
  it('anomaly detection', () => check(L.ANOMALY, ['anomaly detection on request logs', 'outlier detection on scores', 'spike alerts on refusals']));
  it('dashboards', () => check(L.DASHBOARD, ['a quality dashboard', 'a Grafana board', 'monitored in production']));
  it('failure metrics', () => check(L.FAILURE_METRIC, ['error counts', 'thumbs-down rate', 'refusals and fallbacks', 'precision sample']));
  it('user reports', () =>
    check(L.USER_REPORT, [
      'readers can flag a wrong caption',
      'a "report a problem" button',
      'every report goes to the triage queue',
      'flags are routed to the team channel',
    ]));
  it('live triggers', () =>
    check(L.LIVE_TRIGGER, [
      'a kill switch for the feature',
      'we roll back if the error rate climbs',
      'when refusals exceed 5% we open a ticket',
    ]));
  it('feedback signals', () =>
    check(L.FEEDBACK_SIGNAL, [
      'user corrections',
      'thumbs-down on answers',
      'flagged replies',
      'upheld appeals',
      'explicit feedback',
      'confirmed errors',
      'cases the reviewer marked as wrong',
      'all "Too salty" taps',
    ]));
  it('feedback destinations', () =>
    check(L.FEEDBACK_DESTINATION, [
      'they are added to the regression set',
      'mistakes become new eval cases',
      'we retrain on these corrections',
      'which leads to prompt changes',
      'we update the blocklist',
      'and re-baseline',
      'recurring errors are turned into new rules for the filter',
      'they are added to the 300-question set',
      'the worst ones shape the next prompt revision',
    ]));
  it('improvement promises that need "over time"', () =>
    check(L.IMPROVEMENT_MODAL, ['accuracy will improve', 'recommendations will steadily increase in relevance']));
  it('improvement promises about time or use by themselves', () =>
    check(L.IMPROVEMENT_PROMISE, [
      'it keeps getting better',
      'gets smarter with every chat',
      'the more you use it, the better it gets',
      'a self-improving assistant',
      'the ranker adapts automatically',
    ]));
  it('over time', () =>
    check(L.OVER_TIME, [
      'over time',
      'as more teams adopt it',
      'with more data',
      'after launch',
      'continue to improve',
      'better and better',
      'learns from real usage',
    ]));
  it('tracking', () => check(L.TRACKING, ['a monthly re-run', 'the pass rate']));
});

describe('lexicon: evaluation', () => {
  it('evaluation structures', () =>
    check(E.EVAL_STRUCTURE, [
      'an offline evaluation',
      'the golden set',
      'an A/B test',
      'a controlled experiment',
      'the launch gate',
      'rollout gated on precision',
      'a six-week pilot',
      'red-teaming before launch',
      'we backtest on last year',
      'a blind review of outputs',
      'on the 800-item test set',
      '500 hand-labelled support tickets',
      'two nurses grade 300 summaries',
      'with gold answers',
      'graded across 300 sampled sessions',
    ]));
  it('evaluation topics', () => check(E.EVAL_TOPIC, ['evaluation plan', 'experiment design', 'launch gate', 'pilot']));
  it('measuring verbs', () => check(E.MEASURE_VERB, ['then we compare handle time']));
  it('measures', () => check(E.MEASURED, ['we measure', 'precision and recall', 'time-to-resolution', '≥ 95% correct']));
  it('harm', () =>
    check(E.HARM, [
      'harm metrics',
      'unsafe advice served',
      'policy violations',
      'bias across groups',
      'false negatives on fraud',
      'dosing errors reaching patients',
      'missed appointments',
      'both must be zero',
      'fewer than 1 in 200 comments that misquote the essay',
      'the model wrongly denied the claim',
      'crop losses caused by the irrigation advice',
      'chargebacks within 60 days',
    ]));
});

function facts(markdown: string) {
  const doc = buildModel(markdown);
  const ctx: ConceptContext = { doc, kind: 'prd', ai: true, concept: (c) => c.detect(ctx) };
  return { ...monitoring.detect(ctx), ...evaluation.detect(ctx) };
}

const drift = (text: string) => facts(text).drift.length > 0;
const signal = (text: string) => facts(text).signal.length > 0;
const loop = (text: string) => facts(text).loop.length > 0;
const plan = (text: string) => facts(text).plan.length > 0;
const harm = (text: string) => facts(text).harm.length > 0;
const unmeasured = (text: string) => facts(text).promises.some((p) => !p.excused);

describe('concept: drift', () => {
  it('counts recurring comparisons against a baseline', () => {
    assert.ok(drift('Every Sunday the benchmark suite is re-run and compared with the prior week.'));
    assert.ok(drift('We track the query mix monthly against the launch distribution.'));
    assert.ok(drift('## Drift\n\nCadence: weekly.\n\nBaseline: the first month after launch.'));
    assert.ok(drift('An alert fires when precision falls 2 points below its 4-week rolling average.'));
  });
  it('ignores freshness, change-triggered runs, static baselines and deferrals', () => {
    assert.ok(!drift('The search index is rebuilt nightly.'));
    assert.ok(!drift('The regression suite runs on every prompt change.'));
    assert.ok(!drift('Refund rate must stay at or below the pre-launch baseline of 2%.'));
    assert.ok(!drift('Drift: out of scope for v1.'));
    assert.ok(!drift('We will not monitor drift weekly in the pilot.'));
    assert.ok(!drift('## Drift monitoring\n\n## Alerts\n\nPage the on-call when errors exceed 2%.'));
    assert.ok(!drift('Each month 200 corrected drafts are sampled and added to the eval set.'));
    assert.ok(!drift("We'll compare weekly active users with the control group."));
    assert.ok(!drift('We compared the new prompt with the previous version in a two-day spike.'));
    assert.ok(!drift('Retraining happens quarterly to prevent drift.'));
    assert.ok(!drift('A monthly business review compares adoption with targets.'));
    assert.ok(!drift('Success: a 20% decrease in handle time, measured monthly.'));
    assert.ok(drift('Daily: a rise of 3 points in the refusal rate opens an incident.'));
    assert.ok(drift('We also track the intent mix weekly.'));
  });
  it('an explicit deferral of drift cancels an inferred drift claim, not one that names drift', () => {
    assert.ok(!drift('Every Monday we re-run the pricing eval.\n\nDrift monitoring: to be defined after the pilot.'));
    assert.ok(!drift('Each month the golden set is re-scored and compared with the launch baseline. We will decide how to monitor drift later.'));
    assert.ok(!drift('## Quality\n\nThe frozen set is re-run weekly.\n\n## Drift\n\nTBD, once we have traffic.'));
    assert.ok(drift('Every Monday we re-run the pricing eval and compare it with the launch baseline.\n\nAlert routing for the new regions: later.'));
    assert.ok(drift('We track the weekly intent mix against the launch distribution to catch drift. Drift alert thresholds: TBD.'));
    assert.ok(drift('Every Monday we re-run the pricing eval and compare it with the launch baseline. Drift alert thresholds: TBD.'));
    assert.ok(drift('Every Monday we re-run the pricing eval against the launch baseline. Is drift monitoring needed beyond that?'));
  });
});

describe('concept: production signal', () => {
  it('counts alerts, anomaly detection, dashboards with thresholds and user reports', () => {
    assert.ok(signal('The ML on-call is paged if refusals exceed 8% in an hour.'));
    assert.ok(signal('Log anomaly detection watches for injection attempts.'));
    assert.ok(signal('A dashboard shows the citation-failure rate, red above 3%.'));
    assert.ok(signal('Editors can flag a caption as wrong; each flag goes to the team channel.'));
  });
  it('ignores vague watching, user-facing alerts and the model flagging items', () => {
    assert.ok(!signal('We will keep an eye on quality after launch.'));
    assert.ok(!signal('The app alerts the traveller when a train is cancelled.'));
    assert.ok(!signal('It never posts a verdict; it can flag, it can never clear.'));
    assert.ok(!signal('No alerting in v1.'));
    assert.ok(!signal('Price-drop alerts notify shoppers when a watched item goes on sale.'));
    assert.ok(!signal("We'll monitor the model in production."));
  });
});

describe('concept: feedback loop', () => {
  it('needs a signal and where it goes', () => {
    assert.ok(loop('Thumbs-down answers are reviewed weekly and added to the golden set.'));
    assert.ok(loop('Reviewers log every override. Once a quarter the overrides become new eval cases.'));
    assert.ok(loop('## Feedback\n\n- Signal: agent corrections\n- Destination: sampled monthly into the regression set'));
  });
  it('ignores signals with no destination and vague learning', () => {
    assert.ok(!loop('Users can rate answers with a thumbs up or down.'));
    assert.ok(!loop('The model will learn from feedback as more people use it.'));
    assert.ok(!loop('Corrections are stored, but they are not added to the eval set yet.'));
    assert.ok(!loop('Complaints are tracked as a harm metric in the A/B test.'));
    assert.ok(!loop('Agents can rewrite the intent examples in the admin console.'));
    assert.ok(!loop('Feedback will be used to improve the model.'));
  });
  it('counts signals named by the product (marks, overrides, reports, taps on a custom button) going to a named set or revision', () => {
    assert.ok(loop('Radiologists mark missed findings in the viewer, and every marked study joins the next fine-tuning round.'));
    assert.ok(loop('Cases where the adjuster overrides the estimate are copied into the 500-example set each month.'));
    assert.ok(loop('Rider reports tagged "unsafe pickup" are triaged every Monday, and the confirmed ones drive the next rule and prompt revision.'));
    assert.ok(loop('Clicks on "Not my style" are sampled weekly and added to the eval set.'));
    assert.ok(loop('Taps on the "Wrong price" button are labelled each Friday and go into the next retraining batch.'));
    assert.ok(loop('Listings that sellers marked as miscategorised are relabelled and fed to the next training run.'));
  });
  it('ignores marks, taps and revisions that do not close the loop', () => {
    assert.ok(!loop('Agents can mark tickets as urgent in the console.'));
    assert.ok(!loop('Taps on "Share" are counted on the growth dashboard.'));
    assert.ok(!loop('The next model release is planned for Q3 and will drive the next prompt revision.'));
    assert.ok(!loop('Overridden cases: TBD, we will add them to the 800-case set later.'));
    assert.ok(!loop('Is it worth adding marked photos to the eval set?'));
    assert.ok(!loop('> Our advisor said: mark wrong answers and feed them into the next retraining batch.\n\nWe launch in May with a human reviewing every answer, and precision must stay above 95% on the weekly re-run of the golden set.'));
  });
});

describe('concept: unmeasured improvement', () => {
  it('flags promises with nothing tracking them in the section', () => {
    assert.ok(unmeasured('## Vision\n\nThe assistant will only get smarter as more clinics use it.\n\n## Metrics\n\nWeekly re-run of the eval set.'));
    assert.ok(unmeasured('Answers should keep improving after launch. Target: 95% accuracy.'));
    assert.ok(unmeasured('It will get better over time. We report DAU and session length every week.'));
  });
  it('accepts promises tracked on a cadence, and non-promises', () => {
    assert.ok(!unmeasured('Quality will improve over time; the monthly eval re-run tracks the pass rate.'));
    assert.ok(!unmeasured('Latency will improve once we switch to the smaller model.'));
    assert.ok(!unmeasured('We do not expect the model to get better over time by itself.'));
    assert.ok(!unmeasured('New hires will learn the codebase over time.'));
    assert.ok(unmeasured('The system gets smarter the more you use it.'));
    assert.ok(unmeasured('Over time, the recommendations will become increasingly personalized.'));
    assert.ok(unmeasured('The coach will get better for you over time.'));
    assert.ok(unmeasured('The planner learns your kitchen and gets smarter for each household with use.'));
    assert.ok(!unmeasured('Students get better at fractions over time.'));
    assert.ok(!unmeasured('The coach will get better for you over time; the monthly eval re-run tracks its pass rate.'));
  });
});

describe('concept: evaluation plan and harm', () => {
  it('needs a structure that states what it measures', () => {
    assert.ok(plan('Before launch we score 400 labelled transcripts for precision and recall.'));
    assert.ok(plan('## Pilot\n\nThree clinics for a month. We measure time saved and nurse agreement.'));
    assert.ok(!plan('## Metrics\n\n- DAU\n- Retention\n- CSAT'));
    assert.ok(!plan('## Rollout\n\nTwo teams first, then the whole company.'));
    assert.ok(!plan('## Evaluation plan\n\nTBD.'));
    assert.ok(!plan('Pilot with one department in Q1, then the whole company. We will monitor usage after launch.'));
    assert.ok(plan('Pilot with one department in Q1. We measure time to answer and how often HR corrects an answer.'));
  });
  it('counts harm only inside the plan', () => {
    assert.ok(harm('A/B test for 3 weeks: resolution rate, CSAT, and wrong refunds issued per 1k chats.'));
    assert.ok(harm('## Evaluation\n\nOffline: 500 cases graded by pharmacists. Gate: dosing errors must be zero.'));
    assert.ok(!harm('A/B test for 3 weeks measuring resolution rate and CSAT.\n\n## Red lines\n\nNever show a wrong balance.'));
    assert.ok(!harm('Offline: 400 labelled tickets; we report accuracy and the error rate by intent.'));
  });
});

// Launch gates worded as a negated launch ("No launch until …"), and harm counted as corrections
// issued or events caused by the output.
describe('concept: launch gates and harm in plain words', () => {
  it('"no launch until <measured bar>" is an evaluation plan', () => {
    assert.ok(plan('No launch until the model agrees with the caseworkers on ≥ 95% of 800 past cases.'));
    assert.ok(plan("We won't ship until, on 500 labelled invoices, field accuracy is at least 98%."));
    assert.ok(plan('No rollout before the red-team set shows zero successful injections.'));
  });
  it('a negated gate that measures nothing, or no gate at all, is no plan', () => {
    assert.ok(!plan('No launch until legal signs off.'));
    assert.ok(!plan('No launch gate is defined yet.'));
    assert.ok(!plan('We will not launch in Europe this year.'));
  });
  it('corrections issued and events caused by the output are harm', () => {
    assert.ok(harm('The A/B test tracks click-through and the number of corrections published after each story goes out.'));
    assert.ok(harm('The pilot measures fuel used and breakdowns caused by the routing advice.'));
    assert.ok(harm('In the pilot we count retractions issued per 1,000 articles.'));
    assert.ok(harm('The pilot compares fields with and without the advice, counting crop losses caused by the advice.'));
    assert.ok(!harm('The pilot runs without the advice, counting crop losses caused by the advice.'));
    assert.ok(harm('No launch until, on 600 past claims, agreement with adjusters is ≥ 90% and over-payments stay under 2%.'));
  });
  it('activity counts are not harm', () => {
    assert.ok(!harm('The A/B test measures sessions started and pages viewed.'));
    assert.ok(!harm('The pilot counts messages sent per user and tickets resolved.'));
    assert.ok(!harm('The A/B test measures orders caused by the new banner.'));
  });
});
