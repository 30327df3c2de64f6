import { useEffect, useState } from 'preact/hooks';

/** The window's address hash without `#` (`user-pools` for `options.html#user-pools`), followed as it changes. */
export function useLocationHash(options: { window: Window }): string {
  const { window: target } = options;
  const read = () => decodeURIComponent(target.location.hash.slice(1));
  const [hash, setHash] = useState(read);
  useEffect(() => {
    const follow = () => setHash(decodeURIComponent(target.location.hash.slice(1)));
    follow();
    target.addEventListener('hashchange', follow);
    return () => target.removeEventListener('hashchange', follow);
  }, [target]);
  return hash;
}
