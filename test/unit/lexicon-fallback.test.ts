// Each word-list entry of the escape-valve and safety lexicons matches the phrase it exists for
// (one line per entry), and a few entries are checked to stay away from look-alikes.
import * as assert from 'assert';
import {
  STAFF, END_USERS, HUMAN_TERMS, HUMAN_GATE, HELD_FOR_PERSON, RULE_TERMS, NULL_TERMS, RUNG_LABELS, REPAIR_TERMS, GUARD_TERMS, REJECTION, withPeople,
} from '../../src/core/lexicon/fallback';
import {
  APPROACHES, RATIONALE_TERMS, COMPARISON_RESULT, CAUSAL, DECIDING_PROPERTIES, ALTERNATIVES, CONTRAST, ALTERNATIVE_CLAIM, MISUSE_TERMS, USER_DATA_TERMS, PRIVACY_TERMS,
} from '../../src/core/lexicon/safety';
import { buildModel } from '../../src/core/model';
import type { ConceptContext } from '../../src/core/rule';
import { fallbackConcept, RUNG_KINDS } from '../../src/core/concepts/fallback';
import { safetyConcept } from '../../src/core/concepts/safety';
import { lint } from '../../src/core/index';

function check(list: readonly string[], samples: string[], fill = (t: string) => t): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(fill(term), 'i'), `entry ${i}: ${term}`));
}

function whole(term: string): string {
  return `^(?:${term})$`;
}

const ALT = [...Object.values(APPROACHES), ALTERNATIVES].join('|');

describe('lexicon: fallback', () => {
  it('staff', () =>
    check(STAFF.map(whole), [
      'a real person',
      'support agent',
      'code owners',
      'pharmacist',
      'paralegals',
      'supervisor',
      'claims handler',
      "adjuster's queue",
      'trust & safety team',
    ]));
  it('end users', () => check(END_USERS.map(whole), ['traveller', 'clients']));
  it('human terms', () =>
    check(
      HUMAN_TERMS,
      [
        'the nurse stays in the loop',
        'regulated ads go to human policy review',
        'the ticket is escalated to a tier-2 support agent',
        'a moderator approves every reply',
        'the technician checks the form and submits',
        'suggestions are applied by a human',
        'needs a code owner’s approval',
        'until they hit Send',
        'the user can edit it before sending',
        'a contractor reviews every translation before it goes live',
        'low-confidence answers are flagged for review',
        'the assistant kicks the conversation to a human',
        'users can always talk to a person',
      ],
      withPeople,
    ));
  it('human gate', () => check([HUMAN_GATE], ['never book anything without the traveller explicitly confirming'], withPeople));
  it('held for a person', () => check([HELD_FOR_PERSON], ['nothing reaches the tenant until the paralegal presses Send'], withPeople));
  it('rule-based terms', () =>
    check(RULE_TERMS, [
      'a rule-based answer',
      'category templates',
      'a library of canned responses',
      'a deterministic macro',
      'the last cached list',
      'classic keyword results',
      'the old heuristic ranking',
      'a symbolic engine checks each step',
      'when the predictor is down we show the published departure time',
      'the bot applies the codemod instead of asking the model',
    ]));
  it('null terms', () =>
    check(NULL_TERMS, [
      'the request is refused',
      'the bot says it does not know',
      'gets no estimate at all',
      'nothing is shown',
      'the suggestion is suppressed',
      'hands back the manual form',
      'the claim is then priced manually, just as today',
      'the field stays empty',
      'silence is an acceptable answer',
      'it does not give an answer',
    ]));
  it('rung labels', () =>
    check(Object.values(RUNG_LABELS).map(whole), ['human escalation', 'rule-based fallback', 'null / refuse']));
  it('repairs', () =>
    check(REPAIR_TERMS, [
      'we will fix it in post-processing',
      'a regex pass fixes them afterwards',
      'they are patched up before airing',
      'a cleanup script runs on every draft',
      'a step replaces known-bad unit translations',
      'we correct wrong prices',
      'we patch its hallucinations',
      'hallucinated SKUs are swapped for real ones',
      'the server recomputes each subtotal and overwrites what the model produced',
      'we rewrote the dates in a post-processing step',
    ]));
  it('repairs stay away from gates', () => {
    assert.doesNotMatch('the server recomputes each subtotal and compares it', new RegExp(REPAIR_TERMS[7], 'i'));
  });
  it('guards', () => check(GUARD_TERMS, ['the draft is discarded', 'biased outputs are filtered out', 'the answer is routed to an agent']));
  it('rejection', () => check([REJECTION], ['I pushed back on that plan']));
  it('does not take a product for a person or a today-story for a rung', () => {
    assert.doesNotMatch('answers are sent to users', new RegExp(withPeople(HUMAN_TERMS[2]), 'i'));
    assert.doesNotMatch("reusing another company's invoice as a template", new RegExp(RULE_TERMS[1], 'i'));
    assert.doesNotMatch('a refusal template', new RegExp(RULE_TERMS[1], 'i'));
    assert.match('the app opens the classic parts catalogue search', new RegExp(RULE_TERMS[5], 'i'));
    assert.match('the user gets the booking screen with the dates pre-filled', new RegExp(NULL_TERMS[5], 'i'));
    assert.match('a pre-populated claim form', new RegExp(NULL_TERMS[5], 'i'));
  });
});

describe('lexicon: safety', () => {
  it('approach families', () =>
    check(Object.values(APPROACHES), ['RAG over the help center', 'we fine-tune Llama', 'prompting a hosted model', 'built on GPT-4o']));
  it('rationale terms', () =>
    check(RATIONALE_TERMS, ['the trade-off is latency', 'we tried both in a spike', 'it was 9 points better on tax fields', 'a lookup table, not free generation, because rates are regulated']));
  it('rationale written as a rejected option or an "instead of … because"', () => {
    const rationale = new RegExp(RATIONALE_TERMS[3], 'i');
    assert.match('We weighed a custom classifier but eventually rejected it: too little labelled data.', rationale);
    assert.match('Dosages come from the formulary instead of letting the model remember them, because a wrong dose is dangerous.', rationale);
    assert.doesNotMatch('Replies are short, not chatty.', rationale);
  });
  it('comparison results', () => {
    check(COMPARISON_RESULT, ['a rules engine was also tried', 'it flagged 4x more good orders']);
    assert.doesNotMatch('the model was retrained last week', new RegExp(COMPARISON_RESULT[0], 'i'));
    assert.doesNotMatch('we run it 3 times a day', new RegExp(COMPARISON_RESULT[1], 'i'));
  });
  it('reasons and deciding properties', () => {
    check([CAUSAL], ['because the policies change monthly']);
    check([DECIDING_PROPERTIES], ['weights would go stale']);
  });
  it('alternatives and contrast', () => {
    check([ALTERNATIVES], ['a fine-tuned model']);
    check([CONTRAST], ['prompting rather than fine-tuning'], (t) => t.replace(/ALT/g, ALT));
    check([ALTERNATIVE_CLAIM], ['fine-tuning would bake in old policy']);
    assert.doesNotMatch("if retrieval can't find a page, the bot says so", new RegExp(ALTERNATIVE_CLAIM, 'i'));
    assert.doesNotMatch('RAG over the help center', new RegExp(CONTRAST.replace(/ALT/g, ALT), 'i'));
    assert.doesNotMatch('a banner prompting users to confirm', new RegExp(APPROACHES.prompting, 'i'));
    assert.doesNotMatch('we will fine-tune the confidence threshold', new RegExp(APPROACHES.finetune, 'i'));
    assert.doesNotMatch('the project RAG status is green', new RegExp(APPROACHES.rag, 'i'));
  });
  it('misuse terms', () =>
    check(MISUSE_TERMS, [
      'prompt injection from retrieved pages',
      'jailbreak attempts',
      'an adversarial test suite',
      'we red-team every release',
      'abuse at volume',
      'each account can make 100 requests an hour',
      'memo text is treated as data',
      'an input moderation layer',
      'per-user quotas stop bulk extraction',
      'a doctored bank statement trips tamper detection',
      'hosts who game the ranking with fake bookings',
      'comments addressed to the model are dropped',
    ]));
  it('user data terms', () =>
    check(USER_DATA_TERMS, [
      'personal data',
      'call transcripts',
      'phone numbers',
      'symptoms',
      'card numbers',
      'resumes',
      'source code',
      'the diff is sent to a model vendor',
    ]));
  it('privacy terms', () =>
    check(PRIVACY_TERMS, [
      'emails are redacted',
      'logs are kept 30 days',
      'files are deleted after 24 hours',
      'zero data retention',
      'users who opted in',
      'HIPAA-covered vendors',
      'conversations are never used for model training',
      'we strip names before logging',
      'no source code leaves the VPC',
      'raw audio is not stored',
      'photos are stored for 90 days, then purged',
      'access logs record the user id only',
    ]));
  it('does not take a feature opt-in or access control for a data limit', () => {
    assert.doesNotMatch('repos that opted in', new RegExp(PRIVACY_TERMS[4], 'i'));
    assert.doesNotMatch('access is limited to employees via SSO', new RegExp(MISUSE_TERMS.join('|'), 'i'));
  });
});

// The fallback ladder on our own sentences: rungs written in ordinary words, without "human",
// "escalate", "rule-based" or "refuse", and look-alikes that must not count.
function rungsOf(body: string): string[] {
  const doc = buildModel(`---\nkind: design\nai: true\n---\n# Pharmacy refill assistant\n\nAn LLM drafts refill replies for a pharmacy chain.\n\n${body}\n`);
  const ctx: ConceptContext = { doc, kind: 'design', ai: true, concept: (c) => c.detect(ctx) };
  const { rungs } = fallbackConcept.detect(ctx);
  return RUNG_KINDS.filter((k) => rungs[k].length > 0);
}

describe('fallback concept: rungs in ordinary wording', () => {
  it('a hand-off to a phone line or desk is the human rung', () => {
    assert.deepStrictEqual(rungsOf('## Flow\n\nIf a caller wants a person, the bot connects them to the pharmacy helpline during opening hours.'), ['human']);
    assert.deepStrictEqual(rungsOf('## Flow\n\nAnything about dosage is put through to the front desk.'), ['human']);
    assert.deepStrictEqual(rungsOf('## Flow\n\nWhen the bot is unsure, a pharmacist calls the patient back within the hour.'), ['human']);
  });
  it('an approval gate stated in the overview is the human rung', () => {
    assert.deepStrictEqual(
      rungsOf('## Background\n\nThe model drafts each reply. Nothing is sent to the patient until the pharmacist clicks Release.'),
      ['human'],
    );
    assert.deepStrictEqual(
      rungsOf('## Context\n\nThe editor keeps, rewrites or bins every draft, and no draft goes out before she signs it off.'),
      ['human'],
    );
  });
  it('the background story of how it works today is no rung', () => {
    assert.deepStrictEqual(rungsOf('## Background\n\nToday pharmacists answer every refill question by phone.'), []);
    assert.deepStrictEqual(rungsOf('## Background\n\nNo phone line exists for refill questions yet.'), []);
  });
  it('"no <output>" under an explicit null label is the null rung', () => {
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\n- Null: no reply when the prescription record is older than a year'), ['null']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\n- Null: no refill date while the pharmacy system is offline'), ['null']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\n1. Null — no price estimate for listings older than a decade'), ['null']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\nUnsure → null (no draft; the pharmacist types the reply as usual).'), ['null']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\n- Null: none yet'), []);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\n- Null: TBD'), []);
  });
  it('the manual process "as today" is the null rung', () => {
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\nIf the model is down, no summary is shown and the clerk files the claim manually, as today.'), ['null']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\nLow-confidence invoices are simply processed manually, as they are today.'), ['null']);
    assert.deepStrictEqual(rungsOf('## Background\n\nToday clerks process every invoice manually.'), []);
  });
  it('a published or scheduled value shown instead of the prediction is the rule-based rung', () => {
    assert.deepStrictEqual(rungsOf("## Fallbacks\n\nIf the predictor is unavailable we show the airline's scheduled arrival time."), ['rule']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\nWhen the forecast is missing, the app displays the published timetable instead.'), ['rule']);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\nOtherwise the quote uses the standard list price for the region.'), ['rule']);
    assert.deepStrictEqual(rungsOf('## Model\n\nThe model predicts the delay against the scheduled arrival time.'), []);
    assert.deepStrictEqual(rungsOf('## Fallbacks\n\nWe never show the scheduled time when the model is down.'), []);
    assert.deepStrictEqual(rungsOf('## Model\n\nWhen a train is late, the model uses the scheduled departure time as a feature.'), []);
    assert.deepStrictEqual(rungsOf('## Model\n\nIf stock is low, the predictor returns the standard lead time plus a margin.'), []);
  });
});

// Data limits and misuse in plain words: retention as "kept for N days, then deleted", logging
// limits as "logs record only …", misuse as gaming the model or text aimed at it.
function safetyOf(body: string) {
  const doc = buildModel(`---\nkind: prd\nai: true\n---\n# Clinic intake assistant\n\nAn LLM summarises patient intake forms.\n\n${body}\n`);
  const ctx: ConceptContext = { doc, kind: 'prd', ai: true, concept: (c) => c.detect(ctx) };
  return safetyConcept.detect(ctx);
}
const privacyStated = (body: string) => safetyOf(body).privacy.length > 0;
const misuseStated = (body: string) => safetyOf(body).misuse.length > 0;

describe('safety concept: data limits and misuse in plain words', () => {
  for (const limit of [
    'We keep call recordings for 30 days to settle disputes, then delete them.',
    'Uploaded IDs are held until the loan closes, then destroyed.',
    "Server logs record only the ticket number, never the customer's name.",
    'We never write message bodies to the analytics logs.',
    'Transcripts are kept for the school year plus one term, then deleted.',
  ]) {
    it(`a data limit: "${limit}"`, () => assert.ok(privacyStated(`## Data\n\n${limit}`)));
  }
  for (const notLimit of [
    'We keep customers for 5 years on average.',
    'Logs record every request and response.',
    'How long we keep recordings is TBD.',
    'Spam reports are flagged and then deleted by moderators.',
  ]) {
    it(`no data limit: "${notLimit}"`, () => assert.ok(!privacyStated(`## Data\n\n${notLimit}`)));
  }
  for (const misuse of [
    'Drivers could send fake "delivered" pings to game the ETA; we cap each driver\'s weight in the model.',
    'Applicants may try to manipulate the score by repeating keywords, so repeated phrases are collapsed first.',
    'Reviews may contain text aimed at the model, such as lines telling it to rate the product five stars; those lines are stripped.',
    'Sellers sometimes try to trick the classifier with misspelled brand names.',
  ]) {
    it(`misuse named in plain words: "${misuse.slice(0, 50)}…"`, () => assert.ok(misuseStated(`## Risks\n\n${misuse}`)));
  }
  for (const notMisuse of [
    'We are a gaming company with 40 studios.',
    'The model ranks games by predicted play time.',
    'Nothing stops users gaming the score yet.',
    'Gaming the ETA is out of scope for v1.',
    'We steer the model with a short system prompt and three examples.',
  ]) {
    it(`not a misuse mitigation: "${notMisuse}"`, () => assert.ok(!misuseStated(`## Risks\n\n${notMisuse}`)));
  }
});

// The approach justified by what a comparison showed ("was tried and produced 3× more …"), and an
// approach named in a flow step ("… to an LLM via prompting").
describe('safety concept: approach named and justified in plain words', () => {
  function approachFired(body: string): boolean {
    const text = `---\nkind: design\nai: true\n---\n# Shelf gap detector\n\nCameras photograph store shelves every hour.\n\n${body}\n`;
    return lint(text).diagnostics.some((d) => d.ruleId === 'approach-unjustified');
  }
  for (const justified of [
    'We fine-tune a small vision model on our labelled shelf photos. A hosted multimodal model was tested on the same photos and missed twice as many empty shelves.',
    'We use RAG over the planogram library. Fine-tuning was considered too, and it costs roughly five times more per planogram update.',
    'We prompt a hosted LLM with the photo caption and the planogram; a fine-tuned classifier was piloted and produced 3× more false alarms.',
  ]) {
    it(`justified by a comparison: "${justified.slice(0, 60)}…"`, () => assert.ok(!approachFired(`## Approach\n\n${justified}`)));
  }
  for (const unjustified of [
    'We fine-tune a small vision model on shelf photos. It runs on the store edge box.',
    'We use RAG over the planogram library; the index is rebuilt nightly.',
  ]) {
    it(`named without a reason: "${unjustified.slice(0, 60)}…"`, () => assert.ok(approachFired(`## Approach\n\n${unjustified}`)));
  }
  it('an approach named in a flow step still needs its reason', () => {
    assert.ok(approachFired('## Flow\n\n1. Takes the photo\n2. Sends the photo and the planogram to a hosted LLM via prompting\n3. Posts gaps to the store app'));
    assert.ok(!approachFired('## Flow\n\n1. Takes the photo\n2. Posts gaps to the store app via email'));
  });
});

// Repairing model output after the fact, written with other verbs and moments ("corrects the line
// before it is voiced", "fixed up before posting"); gates and people correcting are not repairs.
function repairsOf(body: string): number {
  const doc = buildModel(`---\nkind: design\nai: true\n---\n# Newsletter writer\n\nAn LLM drafts the weekly member newsletter.\n\n## Quality\n\n${body}\n`);
  const ctx: ConceptContext = { doc, kind: 'design', ai: true, concept: (c) => c.detect(ctx) };
  return fallbackConcept.detect(ctx).repairs.length;
}

describe('fallback concept: repairs in other words', () => {
  for (const repair of [
    'If the draft invents a number, a cleanup step corrects it before it is emailed.',
    'Generated SQL that fails to parse is repaired by a second prompt before it is executed.',
    'Broken links in the newsletter get fixed up before posting.',
    'Off-brand phrases are cleaned up before sending.',
  ]) {
    it(`a repair: "${repair}"`, () => assert.strictEqual(repairsOf(repair), 1));
  }
  for (const notRepair of [
    'If the draft invents a number, it is blocked before it is emailed.',
    'The editor corrects the draft before it is emailed.',
    'We do not patch drafts before they are emailed; a bad draft is discarded.',
    'We fix typos in the help article before publishing it.',
  ]) {
    it(`not a repair: "${notRepair}"`, () => assert.strictEqual(repairsOf(notRepair), 0));
  }
});
