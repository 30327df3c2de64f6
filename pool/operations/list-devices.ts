import { deviceOutput } from '../auth/device-output';
import type { Operation } from './operation-context';
import { readOptionalInteger, readOptionalString, readString } from './read-input';

/**
 * ListDevices (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListDevices.html):
 * the user's confirmed devices, oldest first, `Limit` (1..60, default 60) per page with a PaginationToken.
 */
export const listDevices: Operation = (input, ctx) => {
  const { user } = ctx.tokens.verifyAccessToken(readString(input, 'AccessToken', { maxLength: 8192 }));
  const limit = readOptionalInteger(input, 'Limit', { min: 0, max: 60 }) || 60;
  const start = Number(readOptionalString(input, 'PaginationToken', { maxLength: 16 }) ?? '0') || 0;
  const devices = Object.values(user.devices)
    .filter((device) => device.verifier)
    .sort((a, b) => a.createdAt - b.createdAt);
  const page = devices.slice(start, start + limit);
  const next = start + limit < devices.length ? { PaginationToken: String(start + limit) } : {};
  return { Devices: page.map(deviceOutput), ...next };
};
