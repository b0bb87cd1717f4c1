// Kind and AI-scope detection from content: what a reader would call a PRD, a design answer or
// a story, and whether the product is model-driven. Front matter and file names win over content.
import * as assert from 'assert';
import { buildModel } from '../../src/core/model';
import { contentIsAi, contentKind, resolveAi, resolveKind } from '../../src/core/kind';

const kindOf = (md: string) => contentKind(buildModel(md));
const isAi = (md: string) => contentIsAi(buildModel(md));

const PRD = `# Saved searches — requirements

Owner: Lena · Status: draft

## Problem

Power users re-run the same filters every morning and lose them when the session ends.

## Goals

- Save a filter set with a name.

## Non-goals

- Sharing saved searches across teams.

## Requirements

1. A saved search stores filters and sort order.
2. Users can rename and delete saved searches.

## Success metrics

- 30% of weekly active users save at least one search.

## Open questions

- Do we cap the number of saved searches?
`;

const DESIGN = `**Prompt: Design a voice assistant that helps line cooks follow recipes.**

I'd start by asking who owns the kitchen display, because that decides where the assistant runs.
If I were the PM, I would keep it hands-free: the cook says "next step" and it reads the step aloud.
I'd measure success by fewer remade dishes, and I'd launch in two kitchens first.
`;

const DESIGN_NO_TITLE = `# Notes from my onsite: kitchen voice helper

Quick framing first. I'd keep the scope to reading recipes aloud and timers, nothing else.
We'd run speech-to-text on the device so the kitchen noise doesn't leave the building, and I'd
pick a small model for latency. My approach to quality would be a weekly sample of 50 sessions.
`;

const STORY = `Tell me about a time you disagreed with your manager.

**Situation.** I was the PM for onboarding at a payroll startup. Our activation rate had dropped
two quarters in a row.

**Action.** I pulled the funnel, found that the bank-verification step lost 30% of admins, and
proposed a redesign. My manager wanted a new tutorial instead; I ran a two-week test of both.

**Result.** The redesign won by 11 points and we shipped it to everyone.
`;

describe('kind from content', () => {
  it('a spec with problem, goals, requirements and metrics is a PRD', () => assert.strictEqual(kindOf(PRD), 'prd'));
  it('an answer to a design prompt, in first-person conditional, is a design answer', () => assert.strictEqual(kindOf(DESIGN), 'design'));
  it('a design answer without a "Design …" title still reads as one', () => assert.strictEqual(kindOf(DESIGN_NO_TITLE), 'design'));
  it('a first-person past-tense story with STAR parts is behavioral', () => assert.strictEqual(kindOf(STORY), 'behavioral'));
  it('a story titled "the time I …" with no STAR labels is behavioral', () =>
    assert.strictEqual(
      kindOf('# The time I paused our chatbot launch\n\nIn 2022 I was the PM for a support bot. Two weeks before launch I read 200 transcripts and found it invented refund terms. I paused the launch, we added a policy check, and we shipped a month later.\n'),
      'behavioral',
    ));
  it('a spec whose headings are product sections (why, targets, rollout, privacy), not Problem/Goals, is a PRD', () => {
    const md = '# Shelf scanner\n\n## Why\n\nStore staff walk every aisle twice a day. Last year we tested a manual audit app and we learned that staff skipped the top shelves.\n\n## How it works\n\nA vision model reads shelf photos and lists gaps.\n\n## Targets\n\n- Gap recall at least 90%.\n\n## Rollout\n\nTen stores first.\n\n## Privacy\n\nFaces are blurred on device.\n';
    assert.strictEqual(kindOf(md), 'prd');
  });
  it('product-section headings do not turn a story or a design answer into a PRD', () => {
    assert.strictEqual(kindOf('# The time I paused our pricing model\n\n## Situation\n\nI was the PM for pricing. I noticed the model quoted below cost in two regions.\n\n## What I did\n\nI paused it and we retrained it.\n\n## Result\n\nWe avoided about $2M in losses.\n\n## Why it mattered\n\nI learned to read the raw outputs.\n'), 'behavioral');
    assert.strictEqual(kindOf('**Prompt: Design an AI study buddy for nursing students.**\n\n## Red lines\n\nI would never let it give dosing advice.\n\n## Metrics\n\nI would track accuracy weekly.\n\n## Fallbacks\n\nI would route unsure answers to a tutor.\n\n## Privacy\n\nI would keep no transcripts.\n'), 'design');
  });
  it('a practice answer named in the title or introduced by "The question:" is a design answer, even with spec-like headings', () => {
    assert.strictEqual(kindOf('# Parcel locker assistant — practice answer (round 2)\n\nThe question: a parcel company wants AI to help couriers at lockers. What would you build?\n\nIt reads the locker screen and suggests a free slot.\n\n## Monitoring\n\nAlerts on failed drops.\n\n## Evaluation\n\n200 recorded drops.\n'), 'design');
  });
  it('front matter and file name come before content', () => {
    assert.deepStrictEqual(resolveKind(buildModel(`---\nkind: behavioral\n---\n\n${PRD}`)), { kind: 'behavioral', source: 'frontmatter' });
    assert.deepStrictEqual(resolveKind(buildModel(PRD), 'x.design.md'), { kind: 'design', source: 'filename' });
  });
});

describe('AI scope from content', () => {
  it('a feature built on an LLM is AI', () =>
    assert.ok(isAi('# Reply drafts\n\nAn LLM drafts a reply from the help center; agents edit it before sending.\nDrafts below a confidence of 0.6 are not shown.\n')));
  it('a story about a fraud model drifting is AI', () =>
    assert.ok(isAi('I was PM for payments risk. Our fraud model started scoring new merchants near the decline threshold, so I paused auto-approval and we retrained the model on holiday data.\n')));
  it('a story about a ranking model launch is AI', () =>
    assert.ok(isAi('I owned search. The data science team had a learning-to-rank model that beat our hand-tuned scoring offline, and I led the launch of the new model.\n')));

  it('a billing-settings PRD that mentions a data model and a pricing model is not AI', () =>
    assert.ok(
      !isAi(
        '# Billing settings\n\n## Requirements\n\n- Extend the data model with a PO number field.\n- The new pricing model (per seat) applies from March.\n- A "Talk to billing" link routes to a support agent.\n- Predictable invoices: show the prorated amount before confirming.\n',
      ),
    ));
  it('an audit-log export PRD that logs the user agent is not AI', () =>
    assert.ok(!isAi('# Audit log export\n\nEvents include actor email, IP address and user agent. Admins export CSV or stream to their SIEM. Support agents no longer do exports by hand.\n')));
  it('a checkout redesign story is not AI', () =>
    assert.ok(!isAi('I led the checkout redesign. I ran 12 usability sessions, modelled the revenue upside for the CFO, and we shipped a single-page checkout behind an A/B test. Conversion rose from 2.1% to 2.9%.\n')));
  it('a billing migration story is not AI', () =>
    assert.ok(!isAi('We were migrating 180k accounts to a new billing platform. I compared 2,000 migrated accounts by hand, found proration differences, and gated the cutover on a dual-run check. A Slack bot posted each cohort’s diff.\n')));
  it('a story or spec that names a trained model only by its technique is AI', () => {
    assert.ok(isAi('I was the PM for claims. Our new gradient-boosted model priced hail damage, and its feature-importance report put roof age first.\n'));
    assert.ok(isAi('# Call notes\n\nOur speech-recognition model had a word error rate of 9% on support calls.\n'));
    assert.ok(isAi('We replaced the rules with a random forest that scores each shipment for delay risk, and retrained it monthly.\n'));
  });
  it('the same words in their ordinary sense are not AI', () => {
    assert.ok(!isAi('# Q3 campaign\n\nWe boosted sales 12% with a gradient of discounts across regions. The error rate of the billing job stayed low.\n'));
    assert.ok(!isAi('# Badge reader\n\nThe door reader does face-to-badge matching by a guard, not software. Voice recognition of staff by the receptionist is out of scope.\n'));
  });
  it('front matter ai: overrides the content', () => {
    assert.deepStrictEqual(resolveAi(buildModel('---\nai: false\n---\n\nAn LLM drafts replies; the LLM is fine-tuned.\n')), { ai: false, source: 'frontmatter' });
  });
});
