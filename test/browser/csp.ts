/** Reads a Content-Security-Policy string into its directives. */
export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first of a repeated directive is the one browsers enforce.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a directive allows, falling back to default-src as browsers do. */
export function sourcesFor(policy: Policy, directive: string): readonly string[] | undefined {
  return policy.get(directive) ?? policy.get("default-src");
}
