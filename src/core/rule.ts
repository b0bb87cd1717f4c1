// The contract of a rule module, and the context a rule's check() receives.
import type { DocModel } from './model';
import type { Kind, Severity } from './types';

export interface RuleDocs {
  /** One sentence: what the rule asks for. */
  summary: string;
  /** Why it matters, in one or two sentences. */
  why: string;
  /** A short weak example (fires) and a strong one (does not). */
  weak: string;
  strong: string;
}

export interface RuleOption {
  type: 'number' | 'boolean' | 'string';
  default: number | boolean | string;
  description: string;
}

/** A text edit in source offsets; an insertion has start = end. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export interface OffsetFix {
  title: string;
  edits: OffsetEdit[];
}

export interface Report {
  message: string;
  start: number;
  end: number;
  fix?: OffsetFix;
}

/** A fact computed once per analysis and shared by every rule and the score. */
export interface Concept<T> {
  id: string;
  detect(ctx: ConceptContext): T;
}

export interface ConceptContext {
  doc: DocModel;
  kind: Kind;
  ai: boolean;
  concept<T>(concept: Concept<T>): T;
}

export interface RuleContext extends ConceptContext {
  /** The rule's options, defaults merged with configuration. */
  options: Record<string, number | boolean | string>;
  report(report: Report): void;
  /** Records where the document satisfies the rule (shown as score evidence). */
  evidence(start: number, end?: number): void;
}

export interface Rule {
  id: string;
  kinds: readonly Kind[];
  /** Applies only when the document is about a model-driven product. */
  aiOnly: boolean;
  severity: Severity;
  docs: RuleDocs;
  /** Title of the quick fix, when the rule has one. */
  fixTitle?: string;
  options?: Record<string, RuleOption>;
  /** Kinds whose score uses this rule silently although it raises no diagnostic there. */
  scoreKinds?: readonly Kind[];
  check(ctx: RuleContext): void;
}

/** Helps rule modules type-check their object literal. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export function defineConcept<T>(id: string, detect: (ctx: ConceptContext) => T): Concept<T> {
  return { id, detect };
}
