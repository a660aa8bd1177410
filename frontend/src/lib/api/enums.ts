/**
 * A display order for an enum of the contract, where the screen needs one of its own (a lifecycle's steps, the cycle
 * of a tap): the list must name every value of T, and the type check names the one it misses, so a value added to
 * openapi.yaml cannot be left off the screen unnoticed. Where the contract's own order is the one shown, use its
 * array as generated (schema.ts, `…Values`) instead.
 */
export function everyValueOf<T extends string>() {
  return <const L extends readonly T[]>(
    values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): readonly T[] => values;
}
