import { useRef, useState } from 'preact/hooks';
import { useT } from './translator-context';

/** A rectangle in the screenshot's own pixels. */
export interface ScanBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface QrScanScreenProps {
  imageUrl: string;
  imageWidth: number;
  imageHeight: number;
  /** Where codes read here will be bound, when the tab is a site Sidekey may act on. */
  origin?: string;
  busy: boolean;
  error?: string;
  /** Reads the QR code inside `box`, or anywhere on the screenshot when `box` is undefined. */
  onScan: (box: ScanBox | undefined) => void;
  onCancel: () => void;
}

/** A screenshot of the current tab: drag a box around a QR code (or read the whole page) to add its code. */
export function QrScanScreen(props: QrScanScreenProps) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number }>();
  const [box, setBox] = useState<ScanBox>();
  const scale = () => props.imageWidth / (frame.current?.getBoundingClientRect().width || props.imageWidth);
  const point = (event: PointerEvent) => {
    const rect = frame.current!.getBoundingClientRect();
    return { x: (event.clientX - rect.left) * scale(), y: (event.clientY - rect.top) * scale() };
  };
  const onPointerDown = (event: PointerEvent) => {
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    setStart(point(event));
    setBox(undefined);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!start) return;
    const end = point(event);
    setBox({
      x: Math.max(0, Math.round(Math.min(start.x, end.x))),
      y: Math.max(0, Math.round(Math.min(start.y, end.y))),
      width: Math.round(Math.abs(end.x - start.x)),
      height: Math.round(Math.abs(end.y - start.y)),
    });
  };
  const shown = box && box.width > 4 && box.height > 4 ? box : undefined;
  const css = (value: number, whole: number) => `${(value / whole) * 100}%`;

  return (
    <section class="screen scan" aria-labelledby="scan-title">
      <h2 id="scan-title">{t('scan_title')}</h2>
      <p>{t('scan_intro')}</p>
      <div
        ref={frame}
        class="scan-frame"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => setStart(undefined)}
      >
        <img src={props.imageUrl} alt={t('scan_screenshot_alt')} draggable={false} />
        {shown && (
          <div
            class="scan-box"
            style={{
              left: css(shown.x, props.imageWidth),
              top: css(shown.y, props.imageHeight),
              width: css(shown.width, props.imageWidth),
              height: css(shown.height, props.imageHeight),
            }}
          />
        )}
      </div>
      {props.origin && <p class="hint">{t('scan_bound_to', props.origin)}</p>}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={props.busy || !shown} onClick={() => props.onScan(shown)}>
          {t('scan_read_box')}
        </button>
        <button type="button" disabled={props.busy} onClick={() => props.onScan(undefined)}>
          {t('scan_read_page')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('action_cancel')}
        </button>
      </div>
    </section>
  );
}
