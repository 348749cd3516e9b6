/** Enum values from the model's vocabulary, each with the description GraphiQL shows. */
export function describedValues<const Value extends string>(
  values: readonly Value[],
  descriptions: Record<Value, string>,
): Record<Value, { description: string }> {
  return Object.fromEntries(values.map((value) => [value, { description: descriptions[value] }])) as Record<
    Value,
    { description: string }
  >;
}
