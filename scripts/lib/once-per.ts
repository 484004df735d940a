/**
 * `make` run once per object: its value is kept for as long as the object
 * lives (a WeakMap), and given again on each later call with the same object.
 * For what is read many times from one edition, one list of names, one PDF.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
