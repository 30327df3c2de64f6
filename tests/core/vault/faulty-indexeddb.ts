import { IDBFactory } from 'fake-indexeddb';

/** What goes wrong on a `put`: numbered from 1 over every `put` made since the fault was armed. */
export type PutFault =
  | { kind: 'quota'; atPut: number } // the put throws QuotaExceededError
  | { kind: 'abort'; atPut: number }; // the transaction is aborted before the put, as a closing browser would

/**
 * Test-only: a fake-indexeddb factory whose connections can be made to fail — a `put` that throws
 * QuotaExceededError, a transaction aborted in the middle of its writes, an upgrade (versionchange) transaction
 * aborted after its first write — the faults a full disk or a browser closing mid-transaction cause. The real
 * database underneath is shared, so a test reads what survived with a plain connection.
 */
export function faultyIndexedDb() {
  const factory = new IDBFactory();
  const faults: { put?: PutFault; upgrade?: 'abort-after-first-write' } = {};
  let puts = 0;

  const patchStore = (store: IDBObjectStore, transaction: IDBTransaction) => {
    const put = store.put.bind(store);
    store.put = (...args: Parameters<IDBObjectStore['put']>) => {
      const fault = faults.put;
      if (fault && ++puts === fault.atPut) {
        faults.put = undefined;
        if (fault.kind === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        transaction.abort();
      }
      return put(...args);
    };
    return store;
  };
  const patchTransaction = (transaction: IDBTransaction) => {
    const objectStore = transaction.objectStore.bind(transaction);
    transaction.objectStore = (name: string) => patchStore(objectStore(name), transaction);
    return transaction;
  };

  const open = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    const request = open(name, version);
    // Registered before the caller's own listeners, so every connection and transaction it sees is patched.
    request.addEventListener('upgradeneeded', () => {
      const upgrade = request.transaction;
      if (!upgrade || faults.upgrade !== 'abort-after-first-write') return;
      faults.upgrade = undefined;
      const objectStore = upgrade.objectStore.bind(upgrade);
      upgrade.objectStore = (storeName: string) => {
        const store = objectStore(storeName);
        const put = store.put.bind(store);
        store.put = (...args: Parameters<IDBObjectStore['put']>) => {
          const written = put(...args);
          written.addEventListener('success', () => upgrade.abort());
          return written;
        };
        return store;
      };
    });
    request.addEventListener('success', () => {
      const db = request.result;
      const transaction = db.transaction.bind(db);
      db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) =>
        patchTransaction(transaction(...args))) as IDBDatabase['transaction'];
    });
    return request;
  };

  return {
    indexedDB: factory as globalThis.IDBFactory,
    failPut(fault: PutFault) {
      puts = 0;
      faults.put = fault;
    },
    failNextUpgrade() {
      faults.upgrade = 'abort-after-first-write';
    },
  };
}
