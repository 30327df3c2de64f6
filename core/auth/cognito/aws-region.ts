/**
 * An AWS region name as it appears in AWS host names (`us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`).
 * Only a name of this form may go into `cognito-idp.<region>.amazonaws.com` (docs/security.md §3): anything else
 * could turn the host name into someone else's (`evil.example/x#`).
 * @see https://docs.aws.amazon.com/general/latest/gr/rande.html
 */
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** Whether `value` is an AWS region name that may be put into an AWS host name. */
export function isAwsRegion(value: string): boolean {
  return AWS_REGION.test(value);
}
