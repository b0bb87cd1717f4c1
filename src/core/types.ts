// Public types of the Redline analyzer: kinds, positions, diagnostics, fixes, scores.

export type Kind = 'prd' | 'design' | 'behavioral';
export const KINDS: readonly Kind[] = ['prd', 'design', 'behavioral'];

/** How the kind was decided, in RULES.md's resolution order. */
export type KindSource = 'frontmatter' | 'filename' | 'content' | 'override';
/** How the AI scope was decided. */
export type AiSource = 'frontmatter' | 'content';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 1-based lines, 1-based UTF-16 columns, end exclusive (as in VS Code, shifted by one). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A replacement of the text in a range; an insertion has start = end. */
export interface TextEdit extends Range {
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: Fix;
}

export interface LintResult {
  kind: Kind;
  kindSource: KindSource;
  ai: boolean;
  aiSource: AiSource;
  diagnostics: Diagnostic[];
  /** Rules that threw: the other rules still ran. Not part of the CLI JSON. */
  ruleErrors: RuleError[];
}

export interface RuleError {
  ruleId: string;
  message: string;
}

export interface Evidence {
  line: number;
  text: string;
}

export interface ScoreDimension {
  id: string;
  label: string;
  score: number;
  max: number;
  evidence: Evidence[];
  withheldBy: string[];
}

export type Band = 'AI-native' | 'AI-curious' | 'Traditional' | 'not-ai';

export interface ScoreResult {
  kind: Kind;
  kindSource: KindSource;
  ai: boolean;
  score: number | null;
  band: Band;
  dimensions: ScoreDimension[];
  /** Why there is no score, or other notes for a person reading the report. */
  notes: string[];
  /** The next things to add, most valuable first. */
  next: NextStep[];
}

export interface NextStep {
  ruleId: string;
  points: number;
  message: string;
}
