// Runs the rules over one shared document model and turns their reports into diagnostics:
// kind and AI scope first, then every applicable rule (an exception in one never stops the
// others), then configuration, inline directives and positions.
import { buildModel, type DocModel } from './model';
import { resolveKind, resolveAi } from './kind';
import { readDirectives, isDisabled, type Directive } from './directives';
import { ruleSetting, type RedlineConfig } from './config';
import type { Concept, ConceptContext, Report, Rule, RuleContext } from './rule';
import { RULES } from './rules';
import type { Diagnostic, Kind, KindSource, AiSource, LintResult, RuleError, Severity, Fix } from './types';

export interface LintOptions {
  filename?: string;
  /** Overrides the kind detected from front matter, file name or content. */
  kind?: Kind;
  config?: RedlineConfig;
}

export interface RuleRun {
  rule: Rule;
  reports: Report[];
  evidence: { start: number; end: number }[];
  error?: string;
}

export interface Analysis {
  doc: DocModel;
  kind: Kind;
  kindSource: KindSource;
  ai: boolean;
  aiSource: AiSource;
  runs: Map<string, RuleRun>;
  directives: Directive[];
  config?: RedlineConfig;
}

/** Does the rule raise diagnostics on this kind and scope? */
export function appliesTo(rule: Rule, kind: Kind, ai: boolean): boolean {
  return rule.kinds.includes(kind) && (ai || !rule.aiOnly);
}

function runsFor(rule: Rule, kind: Kind, ai: boolean): boolean {
  return (ai || !rule.aiOnly) && (rule.kinds.includes(kind) || (rule.scoreKinds ?? []).includes(kind));
}

/** Analyses a document: one model, every rule that applies or feeds the score. */
export function analyzeModel(doc: DocModel, options: LintOptions = {}): Analysis {
  const kindDecision = resolveKind(doc, options.filename, options.kind ?? options.config?.kind);
  const kindSource = options.kind ? 'override' : kindDecision.source;
  const { ai, source: aiSource } = resolveAi(doc);
  const kind = kindDecision.kind;
  const concepts = new Map<string, unknown>();
  const base: ConceptContext = {
    doc,
    kind,
    ai,
    concept<T>(concept: Concept<T>): T {
      if (!concepts.has(concept.id)) concepts.set(concept.id, concept.detect(base));
      return concepts.get(concept.id) as T;
    },
  };
  const runs = new Map<string, RuleRun>();
  for (const rule of RULES) {
    if (!runsFor(rule, kind, ai)) continue;
    const run: RuleRun = { rule, reports: [], evidence: [] };
    const ctx: RuleContext = {
      ...base,
      concept: base.concept,
      options: ruleSetting(rule, options.config).options,
      report: (report) => run.reports.push(report),
      evidence: (start, end = start) => run.evidence.push({ start, end }),
    };
    try {
      rule.check(ctx);
    } catch (error) {
      run.reports = [];
      run.error = error instanceof Error ? error.message : String(error);
    }
    runs.set(rule.id, run);
  }
  return { doc, kind, kindSource, ai, aiSource, runs, directives: readDirectives(doc), config: options.config };
}

/** Diagnostics of an analysis: applicable rules, configured severities, directives applied. */
export function toLintResult(analysis: Analysis): LintResult {
  const { doc, kind, ai } = analysis;
  const diagnostics: Diagnostic[] = [];
  const ruleErrors: RuleError[] = [];
  for (const run of analysis.runs.values()) {
    if (!appliesTo(run.rule, kind, ai)) continue;
    if (run.error) ruleErrors.push({ ruleId: run.rule.id, message: run.error });
    const { level } = ruleSetting(run.rule, analysis.config);
    if (level === 'off') continue;
    for (const report of run.reports) {
      const range = doc.lines.range(report.start, report.end);
      if (isDisabled(analysis.directives, run.rule.id, range.line)) continue;
      const diagnostic: Diagnostic = { ruleId: run.rule.id, severity: level as Severity, message: report.message, ...range };
      if (report.fix) diagnostic.fix = toFix(doc, report.fix);
      diagnostics.push(diagnostic);
    }
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { kind, kindSource: analysis.kindSource, ai, aiSource: analysis.aiSource, diagnostics, ruleErrors };
}

function toFix(doc: DocModel, fix: NonNullable<Report['fix']>): Fix {
  return { title: fix.title, edits: fix.edits.map((e) => ({ ...doc.lines.range(e.start, e.end), text: e.text })) };
}

/**
 * Keeps the model of the previous version of one document, so an edit re-parses only the
 * parse units whose text changed (and rules re-examine only those), and remembers the last
 * analysis.
 */
export class Analyzer {
  private last?: { text: string; key: string; analysis: Analysis };

  /** The analysis of `text`; the previous one returned is no longer valid afterwards. */
  analyze(text: string, options: LintOptions = {}): Analysis {
    const key = `${options.filename ?? ''}\u0000${options.kind ?? ''}`;
    if (this.last && this.last.text === text && this.last.key === key && this.last.analysis.config === options.config) {
      return this.last.analysis;
    }
    const doc = buildModel(text, { previous: this.last?.analysis.doc });
    const analysis = analyzeModel(doc, options);
    this.last = { text, key, analysis };
    return analysis;
  }

  lint(text: string, options: LintOptions = {}): LintResult {
    return toLintResult(this.analyze(text, options));
  }
}
