// Reads `redline.*` settings from whatever the client sends (VS Code's nested object, or a
// generic client's initializationOptions), falling back to defaults value by value.
import { DEFAULT_SETTINGS, type RedlineSettings } from '../shared/protocol';
import { SEVERITIES } from '../core/types';
import type { RedlineConfig, RuleSetting } from '../core/config';
import type { Rule } from '../core/rule';

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

export function normalizeSettings(raw: unknown): RedlineSettings {
  const s = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_SETTINGS;
  const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : d.enable,
    run: s.run === 'onSave' || s.run === 'onType' ? s.run : d.run,
    include: strings(s.include) ?? d.include,
    exclude: strings(s.exclude) ?? d.exclude,
    debounceMs: num(s.debounceMs, d.debounceMs),
    maxFileSize: num(s.maxFileSize, d.maxFileSize),
    rule: s.rule && typeof s.rule === 'object' ? (s.rule as Record<string, unknown>) : {},
  };
}

/** A `redline.rule.<id>` value as a rule level: "error" | "warning" | "info" | "off"; else none. */
export function settingLevel(value: unknown): RuleSetting['level'] | undefined {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>).severity : value;
  if (v === false) return 'off';
  if (typeof v !== 'string') return undefined;
  const level = v === 'information' ? 'info' : v;
  return level === 'off' || (SEVERITIES as readonly string[]).includes(level) ? (level as RuleSetting['level']) : undefined;
}

/**
 * The configuration the core sees: per-rule editor settings first, then `.redlinerc.json`
 * on top (the file takes precedence, as it travels with the documents).
 */
export function mergeConfig(settings: RedlineSettings, file: RedlineConfig, rules: readonly Rule[]): RedlineConfig {
  const merged: RedlineConfig = { rules: {}, kind: file.kind };
  for (const rule of rules) {
    const level = settingLevel(settings.rule[rule.id]);
    const fromFile = file.rules[rule.id];
    if (!level && !fromFile) continue;
    merged.rules[rule.id] = { level: fromFile?.level ?? level, options: { ...fromFile?.options } };
  }
  return merged;
}
