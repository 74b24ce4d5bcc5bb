/** Adds a value to the list under `key` in a map of groups, once. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (!group) groups.set(key, [value]);
  else if (!group.includes(value)) group.push(value);
}
