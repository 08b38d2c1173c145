/** Entities whose `title` and body column feed their `searchTokens`, by class. */
const BODIES = new Map<Function, string>();

/**
 * Marks an entity as searchable: its `title` and its `body` column fill `searchTokens` on every
 * write (SearchTokensSubscriber). The feature that owns the entity says so; search knows no feature.
 */
export function Searchable(body: string): ClassDecorator {
  return (target) => {
    BODIES.set(target, body);
  };
}

/** The body column of a searchable entity class, or undefined. */
export function searchableBody(target: Function | string | undefined): string | undefined {
  return typeof target === 'function' ? BODIES.get(target) : undefined;
}
