import { SidekeyError } from '../errors/sidekey-error';
import type { CognitoCall } from './auth-context';

/*
 * TEMPORARY shim until core/auth/cognito/ (engine-crypto) lands; it will be replaced by createCognitoClient and
 * deleted. One POST per call in Cognito's JSON protocol (cognito-protocol.md §1.2–§1.3), no retries.
 */
export function createCognitoCall(options: { endpoint: string; fetch: typeof fetch }): CognitoCall {
  return async <Output>(operation: string, input: Record<string, unknown>): Promise<Output> => {
    const response = await options.fetch(options.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
        'cache-control': 'no-store',
      },
      body: JSON.stringify(input),
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return body as Output;
    const raw = String(response.headers.get('x-amzn-errortype') ?? body.code ?? body.__type ?? 'UnknownError');
    const code = raw.split(/[,:]/)[0]!.split('#').pop()!;
    throw new SidekeyError({ code, message: String(body.message ?? body.Message ?? 'Unknown error') });
  };
}
