/**
 * Amplify v6's async `KeyValueStorageInterface`: what `createAuthClient` keeps tokens, device keys and the
 * in-progress sign-in in. The extension passes a `browser.storage` adapter; tests pass a Map.
 */
export type KeyValueStorage = {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
  clear(): Promise<void>;
};
