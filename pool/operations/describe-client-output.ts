import type { AppClient } from '../state/types';

/** A client as DescribeUserPoolClient returns it (`UserPoolClientType`; dates in epoch seconds). */
export function describeClientOutput(client: AppClient): Record<string, unknown> {
  const { CreationDate, LastModifiedDate, ...rest } = client;
  return { ...rest, CreationDate: CreationDate / 1000, LastModifiedDate: LastModifiedDate / 1000 };
}
