/**
 * A federated user's `identities` attribute (a JSON array, `primary` a boolean and `dateCreated` epoch
 * milliseconds) as the ID token's `identities` claim, where Cognito writes every value but `issuer` as a string:
 * `[{"userId": "…", "providerName": "Google", "providerType": "Google", "issuer": null, "primary": "true",
 * "dateCreated": "1642699117273"}]`
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html).
 */
export function identitiesClaim(attribute: string): Record<string, string | null>[] {
  let identities: unknown;
  try {
    identities = JSON.parse(attribute);
  } catch {
    return [];
  }
  if (!Array.isArray(identities)) return [];
  return identities.map((identity: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(identity).map(([key, value]) => [
        key,
        value === null || value === undefined ? null : String(value),
      ]),
    ),
  );
}
