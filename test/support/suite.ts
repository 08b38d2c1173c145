import { GqlResult, startApp, TestApp } from './harness';
import { buildWorld, World } from './world';

/**
 * The frame every e2e file repeats, as one call at the top of its `describe`:
 *
 *   const { t, w } = useWorld({ board: 3 });   // beforeAll: startApp + buildWorld; afterAll: t.close()
 *   const { t } = useApp();                    // the app alone (a file that seeds its own data)
 *
 * `t` and `w` are getter objects: each read goes to the TestApp / World that beforeAll made, so
 * they can be named at the top of the describe (and handed to helpers such as `new Walk(t, w)`)
 * but used only inside hooks and tests, as the `let t; let w;` they replace. Reading one before
 * beforeAll has run throws. A file's own beforeAll, registered after this call, runs after it.
 */
export function useApp(overrides: Parameters<typeof startApp>[0] = {}): { t: TestApp } {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startApp(overrides);
  });
  afterAll(() => app?.close());
  return { t: late('the test app', () => app) };
}

export function useWorld(opts: Parameters<typeof buildWorld>[1] = {}): { t: TestApp; w: World } {
  const { t } = useApp();
  let world: World | undefined;
  beforeAll(async () => {
    world = await buildWorld(t, opts);
  });
  return { t, w: late('the world', () => world) };
}

/** A stand-in for an object that exists only once beforeAll has run: every read goes to it. */
function late<T extends object>(name: string, current: () => T | undefined): T {
  const target = (): T => {
    const v = current();
    if (v === undefined) throw new Error(`${name} is read before beforeAll has made it`);
    return v;
  };
  return new Proxy({} as T, {
    get(_, key) {
      const v = target();
      const x = Reflect.get(v, key, v);
      // methods run on the real object (TestApp's use `this`)
      return typeof x === 'function' ? x.bind(v) : x;
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor(_, key) {
      const d = Reflect.getOwnPropertyDescriptor(target(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}

type FirstError = NonNullable<GqlResult['errors']>[number] & { code?: string; field?: string };

/**
 * The first error of a GraphQL call that must fail (a call that succeeds fails the test), with
 * `code` and `field` read from its extensions: of a result, or of a call it makes.
 */
export function firstError(r: GqlResult): FirstError;
export function firstError(t: TestApp, query: string, variables: Record<string, unknown>, token?: string | null): Promise<FirstError>;
export function firstError(r: GqlResult | TestApp, query?: string, variables: Record<string, unknown> = {}, token?: string | null): FirstError | Promise<FirstError> {
  if (r instanceof TestApp) return r.gql(query!, variables, token).then((res) => firstError(res));
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  const e = r.errors[0];
  return { ...e, code: e.extensions?.code, field: e.extensions?.field };
}
