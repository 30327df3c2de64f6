import { TOTP } from 'otpauth';
import type { TestPool } from './test-pool';

/** The TOTP code for `secret` (base32) at the pool's clock, computed by an independent library (otpauth). */
export function totpNow(pool: TestPool, secret: string, offsetMs = 0): string {
  return new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: pool.pool.clock.now() + offsetMs,
  });
}
