// Each story word-list entry matches the phrase it exists for (one line per entry), and a few
// entries are checked not to match what they must leave alone.
import * as assert from 'assert';
import * as L from '../../src/core/lexicon/story';
import { lint } from '../../src/core/index';

function check(list: readonly string[], samples: string[]): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(term, 'i'), `entry ${i}: ${term}`));
}

function never(list: readonly string[], samples: string[]): void {
  for (const sample of samples) for (const term of list) assert.doesNotMatch(sample, new RegExp(term, 'i'), `${term} matched "${sample}"`);
}

describe('lexicon: story parts', () => {
  it('situation labels', () =>
    check(L.SITUATION_LABELS, [
      'situation',
      'task',
      's',
    ]));
  it('action labels', () =>
    check(L.ACTION_LABELS, [
      'actions taken',
      'what i did',
      'how we handled it',
      'my approach',
      'a',
    ]));
  it('result labels', () =>
    check(L.RESULT_LABELS, [
      'outcome',
      'what happened next',
      'r',
    ]));
  it('reflection labels', () =>
    check(L.REFLECTION_LABELS, [
      'lessons learned',
      "what i'd do differently",
    ]));
  it('prompt cues', () =>
    check(L.PROMPT_CUES, [
      'Tell me about a time you disagreed with your manager.',
      'Q: Describe a hard call.',
    ]));
});

describe('lexicon: latent risk', () => {
  it('risk frames', () =>
    check(L.RISK_FRAMES, [
      'the hidden failure was in the long tail',
      'My real concern was that the model learned a shortcut',
      'what worried me was the tone',
      'I got increasingly uneasy about the refund flow',
      'we suspected the labels were leaking',
      'it was a time bomb in the billing code',
      'something felt off about the numbers, and I had a nagging feeling',
      'the prompt could be jailbroken in two turns',
      'we were at risk of sending medical advice',
    ]));
  it('not-yet-visible cues', () =>
    check(L.UNSEEN_CUES, [
      'on paper, everything looked fine',
      'None of our offline evals caught it',
      "it wasn't visible in the weekly report",
      'while accuracy looked great overall',
      'retention looked excellent, but the sessions were odd',
      'the score looked fine because it only counted completions',
      "it hadn't shown up in complaints",
      'the losses would only show up at quarter end',
      'before customers ever noticed',
      'not yet visible in the funnel',
      'the harm was yet to surface',
      'the best-looking retention numbers were the warning sign',
      'which was exactly what worried the clinicians',
      'error rates looked fine because night calls were rare',
    ]));
  it('imminent harm', () =>
    check(L.IMMINENT_HARM, [
      'the bot could easily mislead first-time buyers',
      'the kind of mistake that gets someone hurt',
      'if we had launched, the agent would have',
      'if a teen asked for diet tips, the bot would',
      'we had accidentally built a shadow database',
    ]));
  it('harm that needs a named problem or cost', () =>
    check(L.CONDITIONAL_HARM, [
      'we were about to store every password in plain text',
      'the invoice would have been wrong',
    ]));
  it('discovery verbs', () =>
    check(L.DISCOVERY, [
      'a nurse spotted two swapped units',
    ]));
  it('discovery by watching it happen', () => {
    const found = new RegExp(L.DISCOVERY[0], 'i');
    for (const sample of ['I watched the agent quoting last year\'s fees', 'we caught it skipping the allergy check', 'I saw the model ranking older CVs lower', 'the audit showed applicants over 60 were approved less often', 'shadow mode revealed how the router had escalated nothing'])
      assert.match(sample, found, sample);
  });
  it('pre-launch contexts', () =>
    check(L.PRELAUNCH_CONTEXTS, [
      'while piloting the intake form',
      'during the security review we saw',
      'two days before the planned rollout',
      'while reviewing 200 sampled transcripts',
      'when we planned to automate refunds',
    ]));
  it('problem words', () =>
    check(L.PROBLEM_WORDS, [
      'it invented refund policies',
      'the postcode feature was a proxy for ethnicity',
      'claims from renters were paid far less often than comparable ones',
    ]));
  it('problems as group disparities, overreach and unsafe advice', () => {
    const problem = new RegExp(L.PROBLEM_WORDS[2], 'i');
    for (const sample of [
      'people over 70 got flagged far more often than younger ones',
      'the screener filtered out most resumes from older applicants',
      'it was waiving fees that only a shift supervisor can approve',
      'the coach was advising members to skip their rest days after injury',
      'it told users they should stop their insulin',
    ])
      assert.match(sample, problem, sample);
    for (const sample of ['users opened the app more often than last month', 'we told customers to update the app'])
      assert.doesNotMatch(sample, problem, sample);
  });
  it('problems without an error word: fairness, unauthorised promises, data that should be gone', () => {
    const problem = new RegExp(L.PROBLEM_WORDS[1], 'i');
    for (const sample of [
      'the tenure field acted as a stand-in for age',
      'the audit found a disparate impact on one group',
      'it approved younger applicants at twice the rate of everyone else',
      'the support bot told people it would waive fees, which it was not authorized to offer',
      "the assistant kept promising discounts the company couldn't honour",
      'it offered upgrades it had no authority to grant',
      'the bot made misleading guarantees about delivery',
      'the cache still held opted-out users\' profiles',
    ])
      assert.match(sample, problem, sample);
    for (const sample of ['we were allowed to ship early', 'a proxy server timed out', 'I deleted the draft'])
      assert.doesNotMatch(sample, problem, sample);
  });
  it('a finding is judged up to its verb, within its own joined clause', () => {
    const risk = (text: string) => lint(`---\nkind: behavioral\n---\n## Situation\n\n${text}\n`).diagnostics.every((d) => d.ruleId !== 'story-latent-risk-missing');
    assert.ok(risk('During the beta I noticed the agent quoted refunds that agents are not allowed to promise.'));
    assert.ok(risk('Before the rollout I saw the screener rejecting older applicants at twice the rate of younger ones.'));
    assert.ok(!risk('During the beta we found no errors, and we shipped it to everyone.'));
    assert.ok(!risk('In the pilot review we saw that there were zero wrong answers, so I widened it.'));
    assert.ok(!risk('I ran the rollout of the agent to all regions. I launched it in March and adoption reached 40% by June.'));
  });
  it('"nobody had ever noticed" stacks its adverbs', () =>
    assert.match('no one had ever really flagged it', new RegExp(L.UNSEEN_CUES[1], 'i')));
  it('quiet-so-far cues', () =>
    check(L.QUIET_CUES, [
      'none of our shipments had gone missing',
      'no paying tenant had noticed it yet',
      'none of the regression tests exercised the retry path',
      'the router hadn\'t scheduled a single real delivery',
      'the blended accuracy numbers looked healthy',
    ]));
  it('metrics that looked fine only because the failing cases were rare', () =>
    assert.match('the pass rate looked fine since left-handed signatures were a tiny share of the sample', new RegExp(L.UNSEEN_CUES[L.UNSEEN_CUES.length - 1], 'i')));
  it('"nothing had happened yet" is a latent risk when the story names the problem it hides', () => {
    const risk = (text: string) => lint(`---\nkind: behavioral\n---\n## Situation\n\n${text}\n`).diagnostics.every((d) => d.ruleId !== 'story-latent-risk-missing');
    // Positives: a problem named, and nothing had shown it yet.
    assert.ok(risk('While reading the export job I noticed it dropped the VAT line for Irish orders. Nothing had failed yet, and no test covered Irish addresses.'));
    assert.ok(risk('The pricing model was biased against riders from one district. It hadn\'t priced a single real trip yet.'));
    assert.ok(risk('The dosage parser mixed up mg and mcg on handwritten scripts. No pharmacist had seen it yet; the clinic pilot started in May.'));
    assert.ok(risk('Our pick-path optimizer sent forklifts through the cold room door, which was a safety issue. None of our dashboards tracked door openings.'));
    assert.ok(risk('The routing change skipped two rural depots. None of our parcels had gone missing, but the peak week would have stranded thousands.'));
    assert.ok(risk('Speech accuracy looked fine overall because Scottish callers were rare in the test set.'));
    // Near-misses: nothing named as wrong, a question, a deferral, a code block.
    assert.ok(!risk('Nothing had broken yet, and we launched to every store in March.'));
    assert.ok(!risk('No customer had complained about the price, so I raised it by 5%.'));
    assert.ok(!risk('Had anything broken yet? I asked the team every morning.'));
    assert.ok(!risk('The overall numbers looked healthy, so I rolled it out to all regions.'));
    assert.ok(!risk('```\nnothing had broken yet, and no test covered the bug\n```\n\nI shipped the redesign and adoption reached 40%.'));
  });
  it('materialized problems', () =>
    check(L.MATERIALIZED, [
      'a 30% drop-off at the payment step',
      'complaints were already piling up',
      'sign-ups dropped 12% in a week',
      'we saw the errors on the dashboard',
    ]));
  it('plan risks', () =>
    check(L.PLAN_RISKS, [
      'the risk was that we would miss the holiday code freeze',
    ]));
});

describe('launch payoff', () => {
  const launch = (text: string) => lint(`---\nkind: behavioral\n---\n# Tell me about a launch\n\n${text}\n`).diagnostics.some((d) => d.ruleId === 'launch-story');
  it('an unlabelled story whose metric win sits mid-story is still a launch story', () => {
    assert.ok(launch('I owned the new checkout for our grocery app. I drove four engineers through a busy spring. We built one-tap reordering and shipped it to every user in six weeks. Basket size grew 9% and repeat orders rose 5% in the first month. The CEO praised it at the offsite. I am proud of how fast we moved.'));
    assert.ok(launch('I led the rebuild of our hotel search ranking. We trained a new ranker over the winter. It went live for all markets in March. Bookings per search increased by 7% in the first quarter. My director mentioned it in the quarterly review. The team still talks about that sprint.'));
    assert.ok(launch('S: Support tickets about late refunds kept rising. T: I had to make the refunds page clearer. A: I rewrote the page and added a status tracker. R: Refund tickets fell 40% in a month.'));
  });
  it('a story that finds and contains a risk is not one, whatever its metrics', () => {
    assert.ok(!launch('I owned the new checkout for our grocery app. While testing substitutions I noticed the model swapped items that contain allergens. I paused the launch and gated substitutions on an allergen check. Basket size grew 9% once we shipped. Without the gate, allergic customers would have received unsafe items.'));
    assert.ok(!launch('I led the rebuild of our hotel search ranking. We trained a new ranker over the winter and I planned the rollout for March. Nothing else stood out about the project. My director liked it.'));
  });
});

describe('lexicon: constraint', () => {
  it('containment verbs', () =>
    check(L.CONTAINMENT_VERBS, [
      'I paused the rollout',
      'I blocked the release',
      'we gated launch on a safety eval',
      'we capped sessions at 30 minutes',
      'I limited it to one region',
      'access was restricted to clinicians',
      'we throttled sends per user',
      'we rolled the model back',
      'I turned the feature off for minors',
      'we kept it on the old system until',
      'I delayed the launch by a month',
      'I stopped auto-approvals for new sellers',
      'we scoped it down to internal users',
      'we excluded minors from the model',
      'flagged claims are routed to a manual review queue',
      'I made the call to hold the launch',
      'we removed auto-replies from the launch',
      'I insisted on a pharmacist review',
      'we made it suggestions only',
      'I put the agent behind an approval step',
      'we required human approval before every send',
      'we redesigned the flow so that it can only suggest',
    ]));
  it('nominal constraints', () =>
    check(L.CONTAINMENT_NOUNS, [
      'a daily spend cap',
      'a kill switch',
      'I put a hard pause on new sign-ups',
      'it ran in shadow mode',
      'credit products can only use approved copy',
      'we only enabled it for 2% of traffic',
    ]));
  it('not constraints', () =>
    check(L.NOT_CONSTRAINT, [
      'each phase shipped behind an A/B test',
      'we were blocked by legal for a week',
      'I should have paused it',
    ]));
  it('scope cuts to protect a date', () => {
    check(L.SCOPE_WORDS, ['we cut two features']);
    check(L.DATE_WORDS, ['to protect the date']);
  });
  it('containment verbs leave impediments and adjectives alone', () =>
    never(L.CONTAINMENT_VERBS.slice(1, 2).concat(L.CONTAINMENT_VERBS.slice(4, 5)), ['we were blocked on infra', 'with limited time and budget']));
});

describe('lexicon: prevented cost', () => {
  it('counterfactuals', () =>
    check(L.COUNTERFACTUALS, [
      'it would likely have triggered a recall',
      'that could have cost us the contract',
      'without the gate, the batch would',
      'otherwise the fees pile up',
    ]));
  it('avoidance', () =>
    check(L.AVOIDANCE, [
      'we averted a data breach',
      'it kept us out of a consent order',
    ]));
  it('averted on its own', () =>
    check(L.AVERTED, [
      'customers never saw the regression',
      'none of that ever happened',
      'the review queue caught $800k of fraud',
      'it saved us roughly $2M in chargebacks',
      'before it reached a single customer',
    ]));
  it('cost words', () =>
    check(L.COST_WORDS, [
      'about $410k',
      'network fines',
      'the app would have been banned',
      'a data breach',
      'a regulator complaint',
      'thousands of incorrect invoices',
      'reputational damage',
    ]));
  it('"would have" alone is not a counterfactual cost', () => never(L.COUNTERFACTUALS.slice(0, 1), ['I would have liked more time']));
});

describe('lexicon: ownership, payoff, stability', () => {
  it('ownership verbs', () =>
    check(L.OWNERSHIP_VERBS, [
      'I drove the roadmap',
      'we shipped it in May',
      'I was responsible for the launch',
      'I took ownership of search',
      'I ran the whole program',
    ]));
  it('payoff cues', () =>
    check(L.PAYOFF_CUES, [
      'we went live in March',
      'we hit the launch date',
      'engagement grew 12%',
      'CTR +9%',
      'support tickets fell by 30%',
      'adoption reached 40%',
      'I got promoted',
    ]));
  it('stable predicates', () =>
    check(L.STABLE_PREDICATES, [
      'the error rate stayed under 1%',
      'precision held steady',
      'the lift held',
      'no drift across the season',
      "it didn't move after the model swap",
      'without the accuracy changing',
      'within ±3% of baseline',
      'misroutes were flat',
      'the rate was still at zero',
    ]));
  it('time spans', () =>
    check(L.TIME_SPANS, [
      'over the next 12 weeks',
      'six months later',
      'through the next holiday peak',
      'on the monthly re-run',
      'across the next two terms',
    ]));
  it('school and business periods are spans too', () => {
    const span = new RegExp(L.TIME_SPANS.join('|'), 'i');
    for (const sample of ['across the next two terms', 'over three semesters', 'for the following two school years', 'across four release cycles']) assert.match(sample, span, sample);
    assert.doesNotMatch('across the terms of service', span);
  });
  it('monitoring cues', () =>
    check(L.MONITORING_CUES, [
      'a weekly drift check',
      're-ran the golden set',
      'I kept the weekly review running',
      'we monitored it weekly',
    ]));
});
