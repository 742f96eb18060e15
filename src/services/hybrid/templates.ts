/**
 * `{{name}}`, the name in letters and digits of any script (with `_`, `.`, `-`): a variable named `résumé` or
 * `テーマ` is a placeholder like `topic`. Matching ASCII only, `{{résumé}}` was neither substituted nor checked:
 * the model got the braces as text, and an input written so was never required.
 */
const PLACEHOLDER = /\{\{\s*([\p{L}\p{M}\p{N}_.-]+)\s*\}\}/gu;

/** The variable names a template writes as `{{name}}`. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * Renders a prompt template: `{{name}}` becomes the variable's value, and each of `inputVars` the template does
 * not place itself is appended as a `name:` section, so a template that is only a path or a key (as the seed
 * describes them) still receives its inputs.
 */
export function renderTemplate(template: string, variables: Record<string, string>, inputVars: string[] = []): string {
  const placed = new Set(placeholdersOf(template));
  // Only the variables' own values: `{{constructor}}` must not render what every object inherits.
  const valueOf = (name: string) => (Object.hasOwn(variables, name) ? variables[name] : '');
  const text = template.replace(PLACEHOLDER, (_m, name: string) => valueOf(name));
  const appended = inputVars.filter((name) => !placed.has(name)).map((name) => `${name}:\n${valueOf(name)}`);
  return appended.length > 0 ? `${text}\n\n${appended.join('\n\n')}` : text;
}
