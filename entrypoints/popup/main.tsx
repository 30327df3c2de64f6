import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Popup } from '../../components/Popup';
import { isReply } from '../../core/messages/reply';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  render(<Popup />, root);
  const reply: unknown = await browser.runtime.sendMessage({ type: 'status' });
  if (isReply(reply) && reply.ok) render(<Popup version={(reply.data as { version: string }).version} />, root);
}

void main();
