const RADIUS = 9;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A small SVG ring that empties as a code's period runs out. It holds no timer: the popup's one shared
 * ticker passes `remaining` down once a second (no CSS transition: animating every ring restyled the list each frame).
 */
export function CountdownRing(props: { remaining: number; period: number }) {
  const fraction = props.period > 0 ? Math.min(1, Math.max(0, props.remaining / props.period)) : 0;
  const urgent = props.remaining <= 5;
  return (
    <svg class={urgent ? 'ring urgent' : 'ring'} width="24" height="24" viewBox="0 0 24 24" aria-hidden="true">
      <circle class="ring-track" cx="12" cy="12" r={RADIUS} />
      <circle
        class="ring-fill"
        cx="12"
        cy="12"
        r={RADIUS}
        stroke-dasharray={CIRCUMFERENCE.toFixed(2)}
        stroke-dashoffset={(CIRCUMFERENCE * (1 - fraction)).toFixed(2)}
        transform="rotate(-90 12 12)"
      />
      <text x="12" y="12" class="ring-text" text-anchor="middle" dominant-baseline="central">
        {Math.ceil(props.remaining)}
      </text>
    </svg>
  );
}
