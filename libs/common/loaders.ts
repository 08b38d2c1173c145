import DataLoader from 'dataloader';

export type BatchFn<K, V> = (keys: readonly K[]) => Promise<V[]>;

/**
 * Names one kind of batched lookup. A feature service defines its keys once (singletons); each
 * GraphQL request gets fresh DataLoaders for them through RequestLoaders, so nested fields cost
 * one query per kind per request, however long the list.
 */
export class LoaderKey<K, V> {
  constructor(
    readonly name: string,
    readonly batch: BatchFn<K, V>,
  ) {}
}

/** Per-request DataLoaders, created in the GraphQL context (never request-scoped providers). */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderKey<unknown, unknown>, DataLoader<unknown, unknown>>();

  loader<K, V>(key: LoaderKey<K, V>): DataLoader<K, V> {
    let l = this.loaders.get(key as LoaderKey<unknown, unknown>) as DataLoader<K, V> | undefined;
    if (!l) {
      l = new DataLoader<K, V>((keys) => key.batch(keys), { maxBatchSize: 1000 });
      this.loaders.set(key as LoaderKey<unknown, unknown>, l as DataLoader<unknown, unknown>);
    }
    return l;
  }

  load<K, V>(key: LoaderKey<K, V>, id: K): Promise<V> {
    return this.loader(key).load(id);
  }
}

/** Orders fetched rows like the keys; missing rows become null. */
export function byKeys<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map<K, T>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups fetched rows by key, in key order; keys with no rows get []. */
export function groupByKeys<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
