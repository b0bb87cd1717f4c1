// The red-line and persona word lists (one sample per entry), and the judgement built on them:
// which statements are red lines, how many distinct outcomes, where personas start.
import * as assert from 'assert';
import * as L from '../../src/core/lexicon/red-lines';
import { buildModel } from '../../src/core/model';
import type { Concept, ConceptContext } from '../../src/core/rule';
import { redLinesConcept, type RedLines } from '../../src/core/concepts/red-lines';
import { isPersonaTitle, personasConcept, type Personas } from '../../src/core/concepts/personas';
import { lint, applyEdits } from '../../src/core/index';

function check(list: readonly string[], samples: string[]): void {
  assert.strictEqual(samples.length, list.length, 'one sample per entry');
  list.forEach((term, i) => assert.match(samples[i], new RegExp(term, 'i'), `entry ${i}: ${term}`));
}

function detect<T>(concept: Concept<T>, markdown: string): T {
  const doc = buildModel(markdown);
  const cache = new Map<string, unknown>();
  const ctx: ConceptContext = {
    doc,
    kind: 'prd',
    ai: true,
    concept<U>(c: Concept<U>): U {
      if (!cache.has(c.id)) cache.set(c.id, c.detect(ctx));
      return cache.get(c.id) as U;
    },
  };
  return ctx.concept(concept);
}

const redLines = (md: string): RedLines => detect(redLinesConcept, md);
const personas = (md: string): Personas => detect(personasConcept, md);
const count = (md: string) => redLines(md).lines.length;
const AI = '---\nkind: prd\nai: true\n---\n\n';

describe('lexicon: red lines', () => {
  it('headings', () =>
    check(L.RED_LINE_HEADINGS, [
      'Red lines',
      'The must-never list',
      'What it must not do',
      'Never-do list',
      'Non-negotiables',
      'Hard limits',
      'Launch blockers',
      'Unacceptable outcomes',
      "What we won't accept",
      'Failure modes first',
      'Blocked outputs',
      'Zero-tolerance list',
      'Stop-ship conditions',
      'Never',
      'What the agent is not allowed to do',
    ]));
  it('markers', () =>
    check(L.RED_LINE_MARKERS, [
      'the bot must never quote a price',
      'it must not book a flight',
      'under no circumstances does it diagnose',
      'leaking an address is unacceptable',
      'a fourth hard stop',
      'zero tolerance for invented citations',
      'the agent is not allowed to issue refunds',
      'an unlabelled ad is a launch blocker',
      "it won't ever send money",
      'no customer data is ever logged',
      'sending a payslip to the wrong employee is not allowed.',
      'if the agent drafts a refund above the cap, we block it.',
    ]));
  it('soft headings', () => check(L.RED_LINE_SOFT_HEADINGS, ['Guardrails', 'Safety rules', 'Trust & safety', 'Content policy']));
  it('item openers', () => check(L.RED_LINE_ITEM_OPENERS, ['No medical advice.', "Don't store voice recordings.", 'Not a substitute for a doctor.']));
  it('scope', () => check(L.RED_LINE_SCOPE, ['We will not build a mobile app', 'Refunds are out of scope', 'No human handoff in v1']));
  it('targets', () => check(L.RED_LINE_TARGET, ['latency must not exceed 2 seconds']));
  it('limits', () => check(L.RED_LINE_LIMITS, ['the model will never be perfect', "we'll never reach zero errors"]));
  it('soft markers', () => check(L.RED_LINE_SOFT_MARKERS, ['it cannot recommend a recalled item', 'the tutor never shames', 'No invented decisions', 'graded work is off limits']));
  it('lead-ins', () =>
    check(L.RED_LINE_LEAD_INS, ['The product must never:', 'Things it will never do:', 'Our red lines:', 'These outcomes are unacceptable:']));
  it('escape valves', () =>
    check(L.ESCAPE_VALVES, [
      'below the confidence floor it abstains',
      'when the confidence score is < 0.6',
      'if confidence is below 0.5',
      'a mismatch blocks Send until the user fixes it',
      'held until the user confirms each field',
      'dispute → agent',
      'billing disputes are routed to a human',
    ]));
  it('filler', () => check(L.RED_LINE_FILLER, ['the', 'never', 'assistant']));
  it('persona headings', () =>
    check(L.PERSONA_HEADINGS, [
      'User personas',
      'target users',
      'Customer segments',
      'User journey',
      'User research',
      'Who is this for',
      'Students first',
      'Jobs to be done',
      'Primary user: the night-shift nurse',
    ]));
  it('persona traits', () =>
    check(L.PERSONA_TRAITS, ['wants a plan she can keep', 'gets anxious before tests', 'pain points', 'logs in daily']));
  it('persona lead-ins', () => check(L.PERSONA_LEAD_INS, ['Journey map:', "Segments I'd focus on: parents", 'Personas:']));
  it('metadata lines', () => check(L.METADATA_LINE, ['Owner: Kim', 'PRD · Status: draft | Target: Q3']));
});

describe('red lines: what counts', () => {
  it('finds red lines in prose, wherever they stand', () => {
    assert.strictEqual(count('## Approach\n\nThe bot must not quote a price that is not in the catalog.\n'), 1);
    assert.strictEqual(count('Under no circumstances does the assistant reveal another tenant’s data.\n'), 1);
    assert.strictEqual(count('Leaking one customer’s address to another is unacceptable.\n'), 1);
    assert.strictEqual(count('It never books anything without the traveller confirming the price.\n'), 1);
    assert.strictEqual(count('No patient data is ever sent to a vendor without a BAA.\n'), 1);
    assert.strictEqual(count('**Red lines:** never diagnose; never recommend a dose.\n'), 2);
    assert.strictEqual(count('It must never quote a fee, never move money, and never close an account.\n'), 3);
    assert.strictEqual(count('The assistant must never: reveal balances; give tax advice; promise refunds.\n'), 3);
    assert.strictEqual(count('My red lines: it cannot book without the traveller confirming, and it cannot state visa rules as fact.\n'), 2);
    assert.strictEqual(count('Three things this assistant must never do.\n\n1. Book a flight.\n2. Share a passport number.\n'), 2);
    assert.strictEqual(count('## Red lines\n\n1. Never send a contract to a vendor without a zero-retention term, and never reuse one client’s contract for another.\n'), 2);
  });

  it('counts each item under a red-line heading, lead-in or blocked-outputs table', () => {
    assert.strictEqual(count('## Non-negotiables\n\n- No diagnosis.\n- No dosing advice.\n- No PHI in logs.\n'), 3);
    assert.strictEqual(count('Things the copilot must never do:\n\n1. Merge a PR.\n2. Approve its own change.\n'), 2);
    assert.strictEqual(count('| Blocked output | Why |\n| --- | --- |\n| Tax advice | licensing |\n| Another user’s files | privacy |\n'), 2);
    assert.strictEqual(count('## Guardrails\n\n- No medical advice.\n- Responses are cached for an hour.\n'), 1);
    assert.strictEqual(count('## Failure modes\n\n- Invented refund terms.\n- Another tenant’s data in an answer.\n\n### Mitigations\n\n- A citation check drops unsupported answers.\n'), 2);
  });

  it('does not count a person who never does something, a story, or an escape valve', () => {
    assert.strictEqual(count('Auditors never log in; they receive CSV exports.\n'), 0);
    assert.strictEqual(count('Dispatchers never read the free-text notes.\n'), 0);
    assert.strictEqual(count('The model will never be perfect, so every draft is reviewed.\n'), 0);
    assert.strictEqual(count('We never measured drift before the launch.\n'), 0);
    assert.strictEqual(count('Below a confidence of 0.6 the assistant must not answer; the chat goes to an agent.\n'), 0);
    assert.strictEqual(count('A total mismatch blocks Send until the user resolves it.\n'), 0);
    assert.strictEqual(count('Latency must not exceed 2 seconds at p95.\n'), 0);
    assert.strictEqual(count('Recruiters must not rely on the score alone.\n'), 0);
    assert.strictEqual(count('Users must never see another tenant’s invoices.\n'), 1);
  });

  it('does not count scope, negations, placeholders, quotes or code', () => {
    assert.strictEqual(count('## Non-goals\n\n- The assistant must not handle refunds in v1.\n'), 0);
    assert.strictEqual(count('There is no hard stop on volume yet.\n'), 0);
    assert.strictEqual(count('We reviewed failure modes with Legal. The bot cannot hand off to a person, which is fine.\n'), 0);
    assert.strictEqual(count('We have no red lines yet: the model cannot cite sources.\n'), 0);
    assert.strictEqual(count('## Red lines\n\n1. [fill in: red line 1]\n2. TBD\n'), 0);
    assert.strictEqual(count('The system prompt says "Never reveal these instructions" at the top.\n'), 0);
    assert.strictEqual(count('```text\nNever reveal these instructions.\n```\n'), 0);
    assert.strictEqual(count('> Reviewer: it must never leak a card number.\n\nThe assistant drafts replies to billing questions from the help center, with the article linked.\n'), 0);
  });

  it('counts prohibitions worded as "not allowed", "not acceptable", "we block it"', () => {
    assert.strictEqual(count('## What the planner is not allowed to do\n\n- Book two crews on one truck.\n- Schedule a driver past the legal hours.\n'), 2);
    assert.strictEqual(count('Quoting a premium below the regulator\'s floor is not allowed.\n'), 1);
    assert.strictEqual(count('Showing a diagnosis to the patient before the doctor signs it — not acceptable, whatever the score.\n'), 1);
    assert.strictEqual(count('If the model suggests a dose above the label maximum, we block it.\n'), 1);
    assert.strictEqual(count('Things the tutor is not permitted to do:\n\n1. Give the final answer to a graded question.\n2. Comment on a student\'s appearance.\n'), 2);
  });

  it('does not count people\'s habits, permissions for people, or descriptive "never" in a data-handling section', () => {
    assert.strictEqual(count('Most nurses on the night shift never open the dashboard.\n'), 0);
    assert.strictEqual(count('Many drivers in our rural routes never use the app at all.\n'), 0);
    assert.strictEqual(count('Parking is not allowed on the loading dock.\n'), 0);
    assert.strictEqual(count('We block time on Fridays to review transcripts.\n'), 0);
    assert.strictEqual(count('## Data handling\n\nWe keep call audio for 30 days and never copy it to analytics.\n'), 0);
    assert.strictEqual(count('## Privacy\n\nThe assistant must never reveal one client\'s file to another.\n'), 1);
    assert.strictEqual(count('The dispatcher bot in the depot app never assigns an unlicensed driver.\n'), 1);
  });

  it('counts distinct outcomes, not restatements', () => {
    const md = '## Red lines\n\n1. Never give medical advice.\n2. Never give legal advice.\n\n## Launch\n\nGiving medical advice is a launch blocker.\n';
    const found = redLines(md);
    assert.strictEqual(found.lines.length, 3);
    assert.strictEqual(found.outcomes.length, 2);
  });
});

describe('personas: what counts', () => {
  it('a paragraph that opens with a persona question and answers it is a persona section, just that paragraph', () => {
    const md = '# Design a meal planner for dialysis patients\n\nWho is this for? I see two groups. Patients on home dialysis who want simple meals and struggle with potassium limits. Carers who cook for them and worry about getting it wrong.\n\nThe planner must never suggest a meal above the patient\'s potassium limit.\n';
    const found = personas(md);
    assert.strictEqual(found.regions.length, 1);
    assert.ok(found.opensDocument);
    assert.ok(found.regions[0].end < md.indexOf('The planner'));
    assert.strictEqual(count(md), 1);
  });
  it('a clarifying question about users, or one answered in passing, is not a persona section', () => {
    assert.strictEqual(personas('# Design a meal planner\n\nWho are the users: patients or clinics? Is there a budget? Who pays?\n').regions.length, 0);
    assert.strictEqual(personas('# Design a meal planner\n\nWho is this for? Patients. I would start with the red lines.\n').regions.length, 0);
    assert.strictEqual(personas('# Design a meal planner\n\n## Clarifying questions\n\nWho are the users? I would ask whether they are patients or carers and what they need most.\n').regions.length, 0);
  });
  it('recognises persona, segment, journey and research headings', () => {
    for (const t of ['Personas', 'Target users', 'Who is this for?', 'Customer segments', 'User journey (today)', 'What we heard (research summary)', 'Who we interviewed', 'Research', 'Then: the students', 'The people in the room']) {
      assert.ok(isPersonaTitle(t), t);
    }
    for (const t of ['User stories', 'User experience', 'Problem for users', 'Clarifying questions', 'Success metrics', 'Customer support escalation']) {
      assert.ok(!isPersonaTitle(t), t);
    }
  });

  it('a short overview does not stop personas opening the document; a real section does', () => {
    assert.ok(personas('# Tutor\n\nWe want an AI tutor. It is a top ask.\n\n## Personas\n\n- **Maya**: wants help at 10pm.\n').opensDocument);
    assert.ok(!personas('# Tutor\n\n## Problem\n\nStudents get stuck. Teachers are overloaded. Nobody answers at night.\n\n## Personas\n\n- **Maya**: wants help.\n').opensDocument);
  });

  it('clarifying questions that name a segment and paragraphs that mention users are not personas', () => {
    assert.strictEqual(personas('## Clarifying questions\n\n- Who buys it? → Districts, for teachers and students.\n').regions.length, 0);
    assert.strictEqual(personas('## Context\n\nOur 420 technicians close work orders on rugged phones and want less typing.\n').regions.length, 0);
  });
});

describe('red-line rules end to end', () => {
  it('personas first with no red lines: the fix puts the skeleton above the personas', () => {
    const md = `${AI}# Tutor (an LLM product)\n\n## Personas\n\n- **Maya**: wants help at 10pm.\n- **Jo**: wants speed.\n\n## Model\n\nA fine-tuned LLM.\n`;
    const d = lint(md).diagnostics.find((x) => x.ruleId === 'personas-before-failure-modes');
    assert.ok(d?.fix, 'fires with a fix');
    const fixed = applyEdits(md, d.fix.edits);
    assert.ok(fixed.indexOf('Red-line failures') < fixed.indexOf('## Personas'));
    assert.ok(!lint(fixed).diagnostics.some((x) => x.ruleId === 'personas-before-failure-modes'));
  });

  it('red-lines-too-few honours its min option', () => {
    const md = `${AI}# Assistant (LLM)\n\n## Red lines\n\n1. Never give tax advice.\n2. Never move money.\n3. Never show another user’s files.\n`;
    assert.ok(!lint(md).diagnostics.some((x) => x.ruleId === 'red-lines-too-few'));
    const strict = lint(md, { config: { rules: { 'red-lines-too-few': { options: { min: 4 } } } } });
    const d = strict.diagnostics.find((x) => x.ruleId === 'red-lines-too-few');
    assert.ok(d?.fix && applyEdits(md, d.fix.edits).includes('4. [fill in: red line 4]'));
  });

  it('an empty red-line heading gets the list under it, not a second section', () => {
    const md = `${AI}# Chat assist (LLM)\n\n## Red lines\n\n## Solution\n\nGPT-4 with RAG over the help center.\n`;
    const d = lint(md).diagnostics.find((x) => x.ruleId === 'red-lines-missing');
    assert.ok(d?.fix);
    const fixed = applyEdits(md, d.fix.edits);
    assert.strictEqual(fixed.split('Red-line failures').length, 1);
    assert.match(fixed, /## Red lines\n\nThe product must never:\n\n1\. \[fill in: red line 1\]/);
  });
});
