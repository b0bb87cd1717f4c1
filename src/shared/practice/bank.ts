// The practice prompt bank: interview prompts written by the Redline team, each tagged with the
// score dimensions an answer to it has to earn, so a drill can target a weak dimension. Pure
// data and a seeded picker: the CLI and the extension both use it.

/** Practice answers are design answers or behavioral stories (the front-matter kinds). */
export type PracticeKind = 'design' | 'behavioral';
export const PRACTICE_KINDS: readonly PracticeKind[] = ['design', 'behavioral'];

/** Score dimension ids (src/core/score.ts) per kind. */
export const DESIGN_DIMENSIONS = ['failure-first', 'tlc', 'kpis-drift', 'escape-valves', 'evaluation', 'production-signal', 'trade-offs'] as const;
export const BEHAVIORAL_DIMENSIONS = ['latent-risk', 'constraint', 'prevented-cost', 'ownership', 'stability'] as const;

/** Default time limits in minutes (the extension's redline.practice.* settings override them). */
export const DEFAULT_PRACTICE_MINUTES: Record<PracticeKind, number> = { design: 45, behavioral: 10 };

export const DESIGN_DOMAINS = ['tutoring', 'shopping', 'invoicing', 'support-rag', 'health', 'code-generation', 'ads', 'hr', 'search', 'finance'] as const;
export const BEHAVIORAL_DOMAINS = ['risk', 'misuse', 'privacy', 'stability'] as const;

export interface PracticePrompt {
  /** Stable: stored in front matter and history. */
  id: string;
  kind: PracticeKind;
  domain: string;
  text: string;
  /** The dimensions an answer to this prompt is most tested on. */
  exercises: string[];
}

const design = (id: string, domain: (typeof DESIGN_DOMAINS)[number], text: string, exercises: (typeof DESIGN_DIMENSIONS)[number][]): PracticePrompt => ({
  id: `design-${id}`,
  kind: 'design',
  domain,
  text,
  exercises,
});

const story = (id: string, domain: (typeof BEHAVIORAL_DOMAINS)[number], text: string, exercises: (typeof BEHAVIORAL_DIMENSIONS)[number][]): PracticePrompt => ({
  id: `behavioral-${id}`,
  kind: 'behavioral',
  domain,
  text,
  exercises,
});

export const PRACTICE_PROMPTS: readonly PracticePrompt[] = [
  // Design prompts.
  design('homework-hints', 'tutoring', 'Design an AI tutor that gives step-by-step hints on middle-school algebra homework without handing over the answer.', ['failure-first', 'escape-valves', 'evaluation']),
  design('essay-feedback', 'tutoring', 'Design an assistant that gives high-school students feedback on essay drafts before they hand them in to their teacher.', ['failure-first', 'kpis-drift', 'trade-offs']),
  design('spanish-conversation', 'tutoring', 'Design a voice conversation partner for adults learning Spanish that corrects their mistakes while they speak.', ['tlc', 'production-signal', 'kpis-drift']),
  design('exam-grading', 'tutoring', 'Design a model that drafts grades and comments on university exam answers for teaching assistants to review.', ['escape-valves', 'evaluation', 'tlc']),
  design('size-advice', 'shopping', 'Design an AI fit advisor for an online clothing store that recommends a size to each shopper.', ['tlc', 'kpis-drift', 'evaluation']),
  design('hardware-store-chat', 'shopping', 'Design a shopping chatbot for a home-improvement retailer that answers product questions and builds a cart for the customer.', ['failure-first', 'escape-valves', 'trade-offs']),
  design('review-summaries', 'shopping', 'Design AI-written summaries of customer reviews shown on the product pages of a large marketplace.', ['failure-first', 'kpis-drift', 'production-signal']),
  design('grocery-substitutions', 'shopping', 'Design a model that chooses a substitute when an item in a grocery-delivery order is out of stock.', ['tlc', 'escape-valves', 'production-signal']),
  design('invoice-extraction', 'invoicing', 'Design a feature that reads supplier invoices (PDFs and phone photos) and fills in the accounts-payable entry for a small business.', ['tlc', 'escape-valves', 'kpis-drift']),
  design('payment-reminders', 'invoicing', 'Design an assistant in an accounting product that drafts payment-reminder emails for overdue invoices.', ['failure-first', 'escape-valves', 'trade-offs']),
  design('expense-categories', 'invoicing', 'Design automatic categorisation of company-card expenses for a finance team that closes the books every month.', ['kpis-drift', 'evaluation', 'production-signal']),
  design('invoice-fraud-flags', 'invoicing', 'Design a model that flags suspicious invoices, such as duplicates or changed bank details, before a payment run.', ['tlc', 'production-signal', 'evaluation']),
  design('telecom-help-center', 'support-rag', 'Design a support chatbot for a mobile operator that answers customers from the help-center articles using retrieval.', ['failure-first', 'trade-offs', 'escape-valves']),
  design('agent-assist', 'support-rag', 'Design an agent-assist panel that suggests replies to human support agents, grounded in the internal knowledge base.', ['tlc', 'production-signal', 'evaluation']),
  design('airline-refunds', 'support-rag', 'Design an AI support agent for an airline that answers questions about bookings and can issue refunds within policy.', ['failure-first', 'escape-valves', 'evaluation']),
  design('developer-docs', 'support-rag', 'Design a documentation assistant for a developer platform that answers API questions from the docs and the changelog.', ['kpis-drift', 'trade-offs', 'production-signal']),
  design('symptom-checker', 'health', 'Design a symptom checker in a health-insurance app that tells members where to seek care.', ['failure-first', 'escape-valves', 'tlc']),
  design('medication-questions', 'health', "Design an assistant for a pharmacy chain that answers patients' questions about the medication they were prescribed.", ['failure-first', 'kpis-drift', 'trade-offs']),
  design('clinical-notes', 'health', 'Design a tool that drafts clinical visit notes from the recorded conversation between a doctor and a patient.', ['tlc', 'escape-valves', 'evaluation']),
  design('journaling-companion', 'health', 'Design a journaling companion in a wellbeing app that responds to what people write about their day.', ['failure-first', 'production-signal', 'trade-offs']),
  design('bank-code-completion', 'code-generation', "Design inline code completion for the IDE used by a bank's internal engineering teams.", ['tlc', 'trade-offs', 'evaluation']),
  design('framework-upgrade-agent', 'code-generation', 'Design an agent that upgrades a large codebase to the next major version of its web framework and opens pull requests.', ['failure-first', 'escape-valves', 'evaluation']),
  design('text-to-sql', 'code-generation', 'Design a natural-language-to-SQL feature in a business-intelligence tool used by analysts who do not write SQL.', ['tlc', 'kpis-drift', 'escape-valves']),
  design('unit-test-writer', 'code-generation', 'Design an assistant in a code-review product that writes unit tests for each pull request.', ['kpis-drift', 'production-signal', 'trade-offs']),
  design('ad-copy', 'ads', 'Design generated headlines and ad copy for small businesses that run search ads.', ['failure-first', 'evaluation', 'production-signal']),
  design('audience-expansion', 'ads', "Design an audience-expansion model that finds new people likely to respond to an advertiser's campaign.", ['trade-offs', 'kpis-drift', 'failure-first']),
  design('creative-policy-review', 'ads', 'Design a model that reviews ad creatives against the advertising policy before they go live.', ['tlc', 'escape-valves', 'production-signal']),
  design('applicant-ranking', 'hr', 'Design an AI that ranks applicants for high-volume warehouse and retail jobs.', ['failure-first', 'evaluation', 'kpis-drift']),
  design('hr-policy-assistant', 'hr', "Design an HR assistant that answers employees' questions about leave, benefits and payroll.", ['escape-valves', 'trade-offs', 'tlc']),
  design('review-summaries-for-managers', 'hr', 'Design a feature that drafts performance-review summaries for managers from a year of peer feedback.', ['failure-first', 'trade-offs', 'production-signal']),
  design('recipe-answers', 'search', 'Design AI answers shown above the search results of a recipe and cooking site.', ['failure-first', 'tlc', 'kpis-drift']),
  design('enterprise-search', 'search', "Design an enterprise search assistant that answers questions across a company's documents, chat and tickets.", ['trade-offs', 'failure-first', 'evaluation']),
  design('case-law-search', 'search', 'Design a case-law research assistant for a small law firm that cites the cases it relies on.', ['tlc', 'escape-valves', 'kpis-drift']),
  design('marketplace-ranking', 'search', "Design learned ranking for a second-hand marketplace's search results.", ['evaluation', 'kpis-drift', 'production-signal']),
  design('budget-coach', 'finance', "Design a budgeting coach in a banking app that explains where a customer's money went and suggests changes.", ['failure-first', 'trade-offs', 'tlc']),

  // Behavioral prompts.
  story('paused-launch', 'risk', 'Tell me about a time you delayed or paused a launch because of a risk nobody else had noticed yet.', ['latent-risk', 'constraint', 'ownership']),
  story('healthy-metric', 'risk', 'Tell me about a time a metric looked healthy but you suspected the product was hurting some of its users.', ['latent-risk', 'prevented-cost', 'stability']),
  story('said-no', 'risk', 'Describe a situation where you said no to a feature a senior stakeholder wanted, because of what it could do to users.', ['constraint', 'ownership', 'prevented-cost']),
  story('small-group', 'risk', 'Tell me about a time you found a failure that affected only a small group of users, and what you did about it.', ['latent-risk', 'constraint', 'prevented-cost']),
  story('third-party-model', 'risk', 'Tell me about a time you had to decide how far to trust a third-party model or vendor inside your product.', ['latent-risk', 'stability', 'constraint']),
  story('unintended-use', 'misuse', 'Tell me about a time people used your product in a way you had not intended, and it could have hurt someone.', ['latent-risk', 'constraint', 'prevented-cost']),
  story('manipulated-input', 'misuse', 'Describe a time you discovered your AI feature could be manipulated by the content it was processing.', ['latent-risk', 'constraint', 'prevented-cost']),
  story('inconvenient-limits', 'misuse', 'Tell me about a time you put limits on a feature that made it less convenient, to stop it from being abused.', ['constraint', 'ownership', 'prevented-cost']),
  story('gamed-for-money', 'misuse', 'Tell me about a time you noticed an automated system could be gamed for money before anyone actually did it.', ['latent-risk', 'prevented-cost', 'ownership']),
  story('data-without-consent', 'privacy', 'Tell me about a time you pushed back on using customer data in a way customers had not agreed to.', ['constraint', 'prevented-cost', 'ownership']),
  story('sensitive-data-found', 'privacy', 'Describe a situation where you found sensitive data somewhere it should not have been, such as logs, prompts or a training set.', ['latent-risk', 'constraint', 'prevented-cost']),
  story('collected-less', 'privacy', 'Tell me about a time you reduced what your product collected or kept, even though the team wanted the data.', ['constraint', 'ownership', 'stability']),
  story('model-update', 'stability', "Tell me about a time a model update changed your product's behaviour in a way the launch metrics did not show.", ['latent-risk', 'stability', 'constraint']),
  story('slow-decline', 'stability', "Tell me about a time you noticed a model's quality slowly getting worse after launch.", ['stability', 'latent-risk', 'prevented-cost']),
  story('long-term-cost', 'stability', 'Describe a decision you made for the long-term health of a product that cost you something in the short term.', ['stability', 'ownership', 'prevented-cost']),
  story('rolled-back', 'stability', 'Tell me about a time you rolled back something that was working well for most users.', ['constraint', 'stability', 'ownership']),
];

export function promptById(id: string): PracticePrompt | undefined {
  return PRACTICE_PROMPTS.find((p) => p.id === id);
}

export function promptsOfKind(kind?: PracticeKind): PracticePrompt[] {
  return PRACTICE_PROMPTS.filter((p) => !kind || p.kind === kind);
}

export function isPracticeKind(value: unknown): value is PracticeKind {
  return PRACTICE_KINDS.includes(value as PracticeKind);
}

/** A prompt chosen at random (of one kind, if given); `random` returns [0, 1). */
export function pickPrompt(kind: PracticeKind | undefined, random: () => number = Math.random): PracticePrompt {
  const pool = promptsOfKind(kind);
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}
