// "Show resolved configuration": every effective value for a document and where it came
// from (default, editor settings, .redlinerc.json, front matter, file name, content).
import { RULES } from '../core/rules';
import type { Analysis } from '../core/engine';
import type { RuleLevel } from '../core/config';
import { DEFAULT_SETTINGS, type RedlineSettings, type ResolvedConfig, type ResolvedEntry } from '../shared/protocol';
import { settingLevel } from './settings';
import type { ConfigLookup } from './config-store';
import type { Selection } from './select';

export interface ResolveInput {
  uri?: string;
  settings: RedlineSettings;
  selection?: Selection;
  lookup?: ConfigLookup;
  analysis?: Analysis;
  ruleLevel(id: string): RuleLevel;
}

const KIND_SOURCE: Record<string, string> = { frontmatter: 'front matter', filename: 'file name', content: 'content', override: 'override' };

export function resolveConfig(input: ResolveInput): ResolvedConfig {
  const { settings, lookup, analysis } = input;
  const entries: ResolvedEntry[] = [];
  const keys = ['enable', 'run', 'include', 'exclude', 'debounceMs', 'maxFileSize'] as const;
  for (const key of keys) {
    const same = JSON.stringify(settings[key]) === JSON.stringify(DEFAULT_SETTINGS[key]);
    entries.push({ key: `redline.${key}`, value: settings[key], source: same ? 'default' : 'settings' });
  }
  if (analysis) {
    const kindFromConfig = analysis.kindSource === 'override' && lookup?.config.kind;
    entries.push({ key: 'kind', value: analysis.kind, source: kindFromConfig ? lookup!.file ?? 'configuration' : KIND_SOURCE[analysis.kindSource] });
    entries.push({ key: 'ai', value: analysis.ai, source: KIND_SOURCE[analysis.aiSource] });
  }
  const file = lookup?.file;
  for (const rule of RULES) {
    const fromFile = lookup?.config.rules[rule.id];
    const fromSettings = settingLevel(settings.rule[rule.id]);
    const source = fromFile?.level ? file ?? '.redlinerc.json' : fromSettings ? `settings (redline.rule.${rule.id})` : 'default';
    entries.push({ key: `rules.${rule.id}`, value: input.ruleLevel(rule.id), source });
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      const set = fromFile?.options[name];
      entries.push({ key: `rules.${rule.id}.${name}`, value: set ?? option.default, source: set !== undefined ? file ?? '.redlinerc.json' : 'default' });
    }
  }
  return {
    uri: input.uri,
    linted: input.selection?.lint ?? false,
    reason: input.selection?.reason ?? 'no document',
    configFile: file,
    configError: lookup?.error ? lookup.error.message : undefined,
    entries,
  };
}
