// Where each rule's documentation lives (the anchor is the rule id).
export const DOCS_BASE = 'https://github.com/redline-dev/redline/blob/main/docs/rules.md';

export function docUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}
