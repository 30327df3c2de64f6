/**
 * How Cognito shows where a code went (CodeDeliveryDetails.Destination, CODE_DELIVERY_DESTINATION): email as the
 * first character of the local part and of the domain, `a***@e***`; phone as `+` then one `*` per hidden digit
 * and the last four digits, `+*******0002`. Assumed from observed Cognito output (docs/assumed-aws-behaviours.md).
 */
export function maskDestination(options: { channel: 'EMAIL' | 'SMS'; destination: string }): string {
  const { destination } = options;
  if (options.channel === 'EMAIL') {
    const at = destination.lastIndexOf('@');
    if (at <= 0) return `${destination.charAt(0)}***`;
    return `${destination.charAt(0)}***@${destination.charAt(at + 1)}***`;
  }
  const last4 = destination.slice(-4);
  return `+${'*'.repeat(Math.max(destination.length - 5, 0))}${last4}`;
}
