// The request context of the fake Excel: office-addin-mock objects as proxies, writes queued until sync, payload measured.
import { OfficeMockObject } from './office-addin-mock';
import { FakeOfficeError, type FakeWorkbook } from './model';

/** What office-addin-mock returns for a property read before load / before sync (it never throws). */
export const NOT_LOADED = 'Error, property was not loaded';
export const NOT_SYNCED = 'Error, context.sync() was not called';

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export type Proxy = OfficeMockObject;

interface Batch {
  readonly ops: (() => void)[];
  readonly proxies: Set<Proxy>;
  readonly afterSync: (() => Promise<void>)[];
  writes: number;
  loads: number;
  bytes: number;
}

function newBatch(): Batch {
  return { ops: [], proxies: new Set(), afterSync: [], writes: 0, loads: 0, bytes: 0 };
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/**
 * One Excel.run's context. Proxies are OfficeMockObjects built from a snapshot of the workbook when
 * they are created; a loaded property becomes readable after the next sync (before that the mock
 * answers with its error strings). Writes and method calls are queued and applied at sync, in order.
 */
export class FakeContext {
  private batch: Batch = newBatch();
  /** True while the mock itself assigns loaded values (those assignments are not the adapter's writes). */
  private internal = false;

  constructor(readonly book: FakeWorkbook) {}

  /** Queues a change to apply at the next sync. */
  queue(op: () => void, bytes = 0): void {
    this.batch.ops.push(op);
    this.batch.writes++;
    this.batch.bytes += bytes;
  }

  /** True when operations wait for a sync (Excel.run syncs them when the batch function returns). */
  hasPending(): boolean {
    return this.batch.ops.length > 0;
  }

  /** Counts bytes a response carries (loaded values). */
  addBytes(bytes: number): void {
    this.batch.bytes += bytes;
  }

  /** Queues a check that fails the sync (a getItem of something missing), without counting as a write. */
  check(op: () => void): void {
    this.batch.ops.push(op);
  }

  /** Runs after the next sync: collections fill their items. */
  afterSync(fill: () => Promise<void>, bytes = 0): void {
    this.batch.afterSync.push(fill);
    this.batch.loads++;
    this.batch.bytes += bytes;
  }

  /** An office-addin-mock object with the given scalar properties and members; `writable` properties are queued writes. */
  proxy<T extends object>(
    scalars: Record<string, unknown>,
    members: T,
    writable: Record<string, (value: unknown) => void> = {},
    onLoad?: (properties: string[]) => void,
    lazy: Record<string, () => unknown> = {},
  ): Proxy & T {
    const mock = new OfficeMockObject(scalars);
    const load = mock.load.bind(mock);
    Object.assign(mock, members);
    // Collections bring their own load (their items are made at sync); other proxies count theirs here.
    if (!('load' in members))
      Reflect.set(mock, 'load', (argument?: string | string[]) => {
        this.batch.loads++;
        this.batch.proxies.add(mock);
        const properties = (Array.isArray(argument) ? argument : (argument ?? '*').split(',')).map(
          (p) => p.trim(),
        );
        onLoad?.(properties);
        this.internal = true;
        try {
          // Costly snapshots (a range's values) are taken only when loaded, still before any write of the batch.
          for (const [name, make] of Object.entries(lazy)) {
            if (properties.includes(name) || properties.includes('*'))
              Reflect.apply(Reflect.get(mock, 'setValue'), mock, [name, make()]);
          }
          return load(argument ?? '*');
        } finally {
          this.internal = false;
        }
      });
    for (const [name, write] of Object.entries(writable)) {
      let current: unknown = Reflect.get(mock, name);
      Object.defineProperty(mock, name, {
        configurable: true,
        enumerable: true,
        get: () => current,
        set: (value: unknown) => {
          if (!this.internal) {
            const bytes = jsonBytes(value);
            this.queue(() => write(value), bytes);
          }
          current = value;
        },
      });
    }
    return mock as Proxy & T;
  }

  async sync(): Promise<void> {
    const batch = this.batch;
    this.batch = newBatch();
    this.book.syncCount++;
    this.book.batchBytes.push(batch.bytes);
    if (batch.writes > 0 && batch.loads > 0) {
      throw new Error(
        'fake Excel: a batch that both writes and loads is not modelled (snapshots are taken when proxies are created)',
      );
    }
    if (batch.bytes > PAYLOAD_LIMIT) {
      const code =
        batch.writes > 0 ? 'RequestPayloadSizeLimitExceeded' : 'ResponsePayloadSizeLimitExceeded';
      this.book.refusedBatches++;
      throw new FakeOfficeError(code, `The payload (${batch.bytes} bytes) is larger than 5 MB.`, {
        errorLocation: 'RequestContext.sync',
      });
    }
    const failure =
      this.book.injectedFailure?.at === this.book.syncCount ? this.book.injectedFailure : null;
    if (failure !== null) this.book.injectedFailure = null;
    try {
      // Excel applies a batch in order and stops at the first failure; what ran before it stays.
      for (const [i, op] of batch.ops.entries()) {
        if (failure !== null && i === failure.afterOps) throw failure.error;
        op();
      }
      if (failure !== null) throw failure.error;
      this.internal = true;
      for (const proxy of batch.proxies) await proxy.sync();
      await new Promise((resolve) => setImmediate(resolve));
      for (const fill of batch.afterSync) await fill();
    } finally {
      this.internal = false;
      this.book.batch++;
    }
  }

  /** Makes fresh proxies readable (collection items are loaded with their collection). */
  async loadNow(proxies: readonly Proxy[], properties: readonly string[]): Promise<void> {
    this.internal = true;
    try {
      for (const proxy of proxies) {
        if (properties.length > 0) OfficeMockObject.prototype.load.call(proxy, [...properties]);
        await proxy.sync();
      }
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      this.internal = false;
    }
  }
}

/** The item properties named in a collection load ("items/name, items/showHeaders" -> name, showHeaders). */
export function itemProperties(argument: string | string[] | undefined): string[] {
  const parts = (Array.isArray(argument) ? argument : (argument ?? '').split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
}
