import { describe, expect, it } from 'vitest';
import { createClock } from '../../../pool/clock/create-clock';
import {
  countPasswordResetAttempt,
  PASSWORD_RESET_ATTEMPTS_PER_HOUR,
} from '../../../pool/codes/count-password-reset-attempt';
import type { PoolUser } from '../../../pool/state/types';

describe('countPasswordResetAttempt', () => {
  it('allows the hourly number of attempts, refuses the next with LimitExceededException, and resets after an hour', () => {
    const clock = createClock();
    const user = {} as PoolUser;
    for (let i = 0; i < PASSWORD_RESET_ATTEMPTS_PER_HOUR; i++) countPasswordResetAttempt({ clock }, user);
    expect(() => countPasswordResetAttempt({ clock }, user)).toThrow(
      expect.objectContaining({
        type: 'LimitExceededException',
        message: 'Attempt limit exceeded, please try after some time.',
      }),
    );
    clock.advance(3600_000);
    expect(() => countPasswordResetAttempt({ clock }, user)).not.toThrow();
  });
});
