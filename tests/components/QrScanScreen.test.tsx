// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { QrScanScreen } from '../../components/QrScanScreen';
import { click, mount } from './mount';

function setup(extra: { error?: string } = {}) {
  const onScan = vi.fn();
  const onCancel = vi.fn();
  const root = mount(
    <QrScanScreen
      imageUrl="data:image/png;base64,AAAA"
      imageWidth={800}
      imageHeight={600}
      origin="https://app.example.com"
      busy={false}
      onScan={onScan}
      onCancel={onCancel}
      {...extra}
    />,
  );
  const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
  return { root, onScan, onCancel, button };
}

describe('QrScanScreen', () => {
  it('reads the whole screenshot without a box, and says where codes will be bound', async () => {
    const { root, onScan, button } = setup();
    expect(button('Read the box').disabled).toBe(true);
    await click(button('Read the whole page'));
    expect(onScan).toHaveBeenCalledWith(undefined);
    expect(root.textContent).toContain('bound to https://app.example.com');
  });

  it('cancels back to the codes', async () => {
    const { onCancel, button } = setup();
    await click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('shows why reading failed', () => {
    const { root } = setup({ error: 'No readable QR code was found in the image.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('No readable QR code was found in the image.');
  });
});
