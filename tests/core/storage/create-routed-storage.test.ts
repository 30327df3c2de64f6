import { describe, expect, it } from 'vitest';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { createRoutedStorage } from '../../../core/storage/create-routed-storage';
import { memoryArea } from './memory-area';

describe('createRoutedStorage', () => {
  it('keeps session keys and persistent keys apart', async () => {
    const session = memoryArea();
    const local = memoryArea();
    const storage = createRoutedStorage({
      routes: [
        {
          when: (key) => key.startsWith('CognitoSignInState.'),
          storage: createAreaStorage({ area: session, prefix: '' }),
        },
      ],
      fallback: createAreaStorage({ area: local, prefix: '' }),
    });
    await storage.setItem('CognitoSignInState.client', '{}');
    await storage.setItem('CognitoIdentityServiceProvider.client.alice.idToken', 'jwt');
    expect([...session.data.keys()]).toEqual(['CognitoSignInState.client']);
    expect([...local.data.keys()]).toEqual(['CognitoIdentityServiceProvider.client.alice.idToken']);
    await storage.clear();
    expect(session.data.size + local.data.size).toBe(0);
  });
});
