// An embedded collection as its modules export it: a function returning its records. The build
// (scripts/pack-data.mjs) makes each records file a module whose function unpacks the packed form
// on its first call, so that nothing is unpacked until a widget shows the embedded data; a bundler
// without that step (Storybook's) imports the JSON itself, which this wraps.

import { registerCollection } from '../excerpts.js';

/** The records of an embedded collection, unpacked on the first call; the same array after. */
export type Collection<T> = () => readonly T[];

export const collection = <T>(records: unknown): Collection<T> => {
  const read = typeof records === 'function' ? (records as Collection<T>) : () => records as readonly T[];
  registerCollection(read); // excerptsReady() unpacks it, if nothing has
  return read;
};

/**
 * An object whose properties are worked out when first read, each by its function (called on every
 * read: the collections' own functions keep their records). The parts of the embedded data a
 * script adds are these, so that adding them unpacks nothing.
 */
export function lazily<T extends object>(getters: { readonly [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(getters) as (keyof T)[]) {
    Object.defineProperty(target, key, { enumerable: true, get: getters[key] });
  }
  return target;
}
