// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DeliveryNote } from '../../components/DeliveryNote';
import { mount } from './mount';

describe('DeliveryNote', () => {
  it('says where the pool sent the code, with the masked destination, announced politely', () => {
    const root = mount(<DeliveryNote delivery={{ deliveryMedium: 'EMAIL', destination: 'u***@e***' }} />);
    const note = root.querySelector('p.delivery');
    expect(note?.textContent).toBe('We sent a code by email to u***@e***.');
    expect(note?.getAttribute('aria-live')).toBe('polite');
  });

  it('names the medium alone when Cognito gives no destination', () => {
    const root = mount(<DeliveryNote delivery={{ deliveryMedium: 'SMS' }} />);
    expect(root.querySelector('p.delivery')?.textContent).toBe('We sent a code by text message.');
  });

  it('shows nothing when Cognito did not say where the code went', () => {
    expect(mount(<DeliveryNote />).querySelector('p.delivery')).toBeNull();
    expect(mount(<DeliveryNote delivery={{ attributeName: 'email' }} />).querySelector('p.delivery')).toBeNull();
  });
});
