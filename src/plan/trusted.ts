/**
 * The plans this library made and validated itself (parsePlan, loadPlan, acceptPlan): deep-frozen,
 * so they cannot have changed since, and remembered, so that checkPlan and the other consumers of
 * a plan do not validate them twice. Any other object is validated before use (accept.ts).
 */

const TRUSTED = new WeakSet<object>();

/** Freezes an object and everything it holds (plain objects and arrays; a Map's entries are left as they are). */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  if (value instanceof Map) return;
  for (const key of Object.getOwnPropertyNames(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/** Marks a validated plan as trusted, deep-freezing it; returns it. */
export function trust<T extends object>(plan: T): T {
  deepFreeze(plan);
  TRUSTED.add(plan);
  return plan;
}

/** True for a plan {@link trust} marked. */
export function isTrusted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && TRUSTED.has(value);
}
