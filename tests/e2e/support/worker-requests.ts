import type { Browser } from 'puppeteer-core';
import { EXTENSION_URL } from './chromium';

/** A Cognito request the worker sent: the operation (X-Amz-Target's last part) and its JSON body. */
export interface CognitoRequest {
  operation: string;
  body: Record<string, unknown>;
}

type RequestEvent = { request: { headers: Record<string, string>; postData?: string } };

/**
 * Records every Cognito request the extension's worker sends, read from its own network log (the DevTools Network
 * domain on the service worker), in the order sent. Attaching keeps the worker alive (docs/browser-testing.md).
 * Empty the array answered to start a new recording.
 */
export async function recordCognitoRequests(browser: Browser): Promise<CognitoRequest[]> {
  const sent: CognitoRequest[] = [];
  const target = await browser.waitForTarget(
    (candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(EXTENSION_URL),
  );
  const worker = await target.createCDPSession();
  worker.on('Network.requestWillBeSent', (event: RequestEvent) => {
    const operation = event.request.headers['X-Amz-Target'] ?? event.request.headers['x-amz-target'];
    if (!operation || !event.request.postData) return;
    sent.push({ operation: operation.split('.').pop()!, body: JSON.parse(event.request.postData) });
  });
  await worker.send('Network.enable');
  return sent;
}
