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
 * The longest prompt a template may render to, in characters: about a million tokens, the largest context an
 * OpenAI-compatible model takes. A template places a variable as often as it likes, so without a bound a 10 KB
 * template of `{{topic}}` and a 400 KB input rendered (and sent) a prompt of gigabytes.
 */
export const MAX_PROMPT_CHARS = 4_000_000;

// Only the variables' own values: `{{constructor}}` must not render what every object inherits.
const valueIn = (variables: Record<string, string>) => (name: string) => (Object.hasOwn(variables, name) ? variables[name] : '');

/** The `inputVars` a template does not place itself: each is appended as a `name:` section. */
const appendedOf = (template: string, inputVars: string[]) => {
  const placed = new Set(placeholdersOf(template));
  return inputVars.filter((name) => !placed.has(name));
};

/** The length renderTemplate's answer would have, computed without building it. */
export function renderedLength(template: string, variables: Record<string, string>, inputVars: string[] = []): number {
  const valueOf = valueIn(variables);
  let length = template.length;
  for (const m of template.matchAll(PLACEHOLDER)) length += valueOf(m[1]).length - m[0].length;
  for (const name of appendedOf(template, inputVars)) length += `\n\n${name}:\n`.length + valueOf(name).length;
  return length;
}

/**
 * Renders a prompt template: `{{name}}` becomes the variable's value, and each of `inputVars` the template does
 * not place itself is appended as a `name:` section, so a template that is only a path or a key (as the seed
 * describes them) still receives its inputs.
 */
export function renderTemplate(template: string, variables: Record<string, string>, inputVars: string[] = []): string {
  const valueOf = valueIn(variables);
  const text = template.replace(PLACEHOLDER, (_m, name: string) => valueOf(name));
  const appended = appendedOf(template, inputVars).map((name) => `${name}:\n${valueOf(name)}`);
  return appended.length > 0 ? `${text}\n\n${appended.join('\n\n')}` : text;
}
