/**
 * A small ring that empties as a code's period runs out, with the whole seconds left inside. It holds no timer: the
 * popup's one shared ticker passes `remaining` down once a second (no CSS transition: animating every ring restyled
 * the list each frame). One element per row: the ring is the style sheet's conic gradient over `--left`, the share of
 * the period left (it was an SVG of four elements, and a profile of the popup's start showed creating them in every
 * visible row cost about as much as the rest of the row).
 */
export function CountdownRing(props: { remaining: number; period: number }) {
  const fraction = props.period > 0 ? Math.min(1, Math.max(0, props.remaining / props.period)) : 0;
  const urgent = props.remaining <= 5;
  return (
    <span class={urgent ? 'ring urgent' : 'ring'} style={{ '--left': fraction.toFixed(3) }} aria-hidden="true">
      {Math.ceil(props.remaining)}
    </span>
  );
}
