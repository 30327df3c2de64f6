import { checkPasswordPolicy } from '../auth-support/check-password-policy';
import { setUserPassword } from '../auth-support/set-user-password';
import { CognitoError } from '../errors/cognito-error';
import { continueSignIn } from './continue-sign-in';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

const prefix = 'userAttributes.';

/**
 * Answers NEW_PASSWORD_REQUIRED: `NEW_PASSWORD` must meet the pool's policy (`InvalidPasswordException`), every
 * attribute the schema requires must be present or given as `userAttributes.<name>` ("Invalid attributes given,
 * <name> is missing"), and `sub`/immutable attributes cannot be set. Then the password is stored, the user is
 * CONFIRMED and the sign-in goes on to MFA.
 */
export async function answerNewPassword(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): Promise<AuthResponse> {
  const { pool, user } = target;
  const password = options.responses.NEW_PASSWORD;
  if (!password) throw new CognitoError('InvalidParameterException', 'Missing required parameter NEW_PASSWORD');
  checkPasswordPolicy(pool.config.Policies.PasswordPolicy, password);
  const given = Object.entries(options.responses)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, value]) => [name.slice(prefix.length), value] as const);
  for (const [name] of given) {
    const schema = pool.config.Schema.find((attribute) => attribute.Name === name);
    if (name === 'sub' || (schema && !schema.Mutable && user.attributes[name] !== undefined)) {
      throw new CognitoError('InvalidParameterException', `Cannot modify the non-mutable attribute ${name}`);
    }
  }
  const merged = { ...user.attributes, ...Object.fromEntries(given) };
  const missing = pool.config.Schema.find((attribute) => attribute.Required && !merged[attribute.Name]);
  if (missing)
    throw new CognitoError('InvalidParameterException', `Invalid attributes given, ${missing.Name} is missing`);
  await setUserPassword(ctx, { pool, user, password });
  user.attributes = merged;
  user.status = 'CONFIRMED';
  ctx.store.changed();
  return continueSignIn(ctx, target, options.flow);
}
