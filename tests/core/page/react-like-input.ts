/**
 * An imitation of how React controls an input: React keeps the last value it knows on the input instance (a
 * `value` property shadowing the prototype's) and, on an `input` event, calls onChange only when the node's real
 * value differs from the tracked one. So `input.value = v` followed by an `input` event is silently ignored —
 * the reason a filler must use the prototype's setter. Returns the values onChange saw.
 */
export function controlLikeReact(input: HTMLInputElement): string[] {
  const seen: string[] = [];
  const native = findValueDescriptor(input);
  let tracked = native.get!.call(input) as string;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(next: string) {
      tracked = String(next);
      native.set!.call(this, next);
    },
  });
  input.ownerDocument.addEventListener('input', (event) => {
    if (event.target !== input) return;
    const actual = native.get!.call(input) as string;
    if (actual === tracked) return;
    tracked = actual;
    seen.push(actual);
  });
  return seen;
}

function findValueDescriptor(input: HTMLInputElement): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(input); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor;
  }
  throw new Error('no value descriptor');
}
