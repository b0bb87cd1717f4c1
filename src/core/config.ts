// Reads and validates Redline configuration (.redlinerc.json text): rule severities and
// options. Invalid JSON, unknown rules and bad values are errors with a line and column.
import type { Rule } from './rule';
import { SEVERITIES, KINDS, type Kind, type Severity } from './types';
import { LineIndex } from './lines';

export type RuleLevel = Severity | 'off';

export interface RuleSetting {
  level?: RuleLevel;
  options: Record<string, number | boolean | string>;
}

export interface RedlineConfig {
  rules: Record<string, RuleSetting>;
  /** Kind applied to every file linted with this configuration. */
  kind?: Kind;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const EMPTY_CONFIG: RedlineConfig = { rules: {} };

/** Parses configuration text; throws ConfigError naming `file`, line and problem. */
export function parseConfig(text: string, file: string, rules: readonly Rule[]): RedlineConfig {
  const lines = new LineIndex(text);
  const at = (offset: number, problem: string) => {
    const p = lines.position(offset);
    return new ConfigError(file, p.line, p.column, problem);
  };
  let raw: unknown;
  try {
    raw = text.trim() === '' ? {} : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const cut = message.indexOf(' in JSON at position');
    throw at(position ? Number(position[1]) : 0, `invalid JSON: ${cut >= 0 ? message.slice(0, cut) : message}`);
  }
  const find = (key: string) => Math.max(0, text.indexOf(JSON.stringify(key)));
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw at(0, 'the configuration must be a JSON object');
  const config: RedlineConfig = { rules: {} };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'kind') {
      if (typeof value !== 'string' || !KINDS.includes(value as Kind)) throw at(find(key), `"kind" must be one of ${KINDS.join(', ')}`);
      config.kind = value as Kind;
      continue;
    }
    if (key !== 'rules') throw at(find(key), `unknown setting "${key}" (expected "rules" or "kind")`);
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw at(find(key), '"rules" must be an object of rule ids');
    for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
      const rule = rules.find((r) => r.id === id);
      if (!rule) throw at(find(id), `unknown rule "${id}"${suggest(id, rules)}`);
      config.rules[id] = readSetting(rule, setting, (problem) => at(find(id), `rule "${id}": ${problem}`));
    }
  }
  return config;
}

function readSetting(rule: Rule, value: unknown, fail: (problem: string) => ConfigError): RuleSetting {
  const levels = [...SEVERITIES, 'off'];
  if (typeof value === 'string' || typeof value === 'boolean') {
    if (value === false) return { level: 'off', options: {} };
    if (value === true) return { options: {} };
    if (!levels.includes(value)) throw fail(`"${value}" is not one of ${levels.join(', ')}`);
    return { level: value as RuleLevel, options: {} };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw fail('expected a severity string or an object');
  const setting: RuleSetting = { options: {} };
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'severity') {
      if (typeof v !== 'string' || !levels.includes(v)) throw fail(`"severity" must be one of ${levels.join(', ')}`);
      setting.level = v as RuleLevel;
      continue;
    }
    const option = rule.options?.[key];
    if (!option) {
      const known = Object.keys(rule.options ?? {});
      throw fail(`unknown option "${key}"${known.length ? ` (options: severity, ${known.join(', ')})` : ' (only "severity" is allowed)'}`);
    }
    if (typeof v !== option.type) throw fail(`option "${key}" must be a ${option.type}`);
    if (option.type === 'number' && (!Number.isFinite(v) || (v as number) < 0)) throw fail(`option "${key}" must be a non-negative number`);
    setting.options[key] = v as number | boolean | string;
  }
  return setting;
}

function suggest(id: string, rules: readonly Rule[]): string {
  const close = rules.map((r) => r.id).find((r) => r.includes(id) || id.includes(r) || distance(r, id) <= 3);
  return close ? ` (did you mean "${close}"?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** The effective level and options of a rule under a configuration. */
export function ruleSetting(rule: Rule, config: RedlineConfig | undefined): { level: RuleLevel; options: Record<string, number | boolean | string> } {
  const setting = config?.rules[rule.id];
  const options: Record<string, number | boolean | string> = {};
  for (const [key, option] of Object.entries(rule.options ?? {})) options[key] = option.default;
  Object.assign(options, setting?.options);
  return { level: setting?.level ?? rule.severity, options };
}
