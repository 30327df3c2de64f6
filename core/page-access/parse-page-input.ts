import { SidekeyError } from '../errors/sidekey-error';
import { parser, plainObject, string } from '../messages/shape';
import { PAGE_STEPS, type PageRequestInput, type PageRequestType } from '../page/page-messages';
import type { PageStep } from '../page/sign-in-page';
import { FACTORS_OF, isFactorStep } from './preferred-factor';

const parseObject = parser(plainObject());
const readText = (record: Record<string, unknown>, key: string, maxLength: number) =>
  string({ max: maxLength })(record[key], key);
const readOptionalText = (record: Record<string, unknown>, key: string, maxLength: number) =>
  record[key] === undefined ? undefined : readText(record, key, maxLength);
const badMessage = (message: string) => new SidekeyError({ code: 'BadMessage', message });

function parseStep(value: unknown): PageStep {
  const step = PAGE_STEPS.find((candidate) => candidate === value);
  if (!step) throw badMessage('"step" must name a sign-in step.');
  return step;
}

/** A username and password the page accepted (`page.compareSignIn`, `page.saveSignIn`). */
function parseCredentials(record: Record<string, unknown>): { username: string; password: string } {
  return { username: readText(record, 'username', 256), password: readText(record, 'password', 1024) };
}

/**
 * The input check of every `page.*` request (core/page/page-messages.ts), through core/messages/shape.ts: a
 * plain object holding exactly the named fields, each of its type and length, or a `BadMessage` error.
 */
export const parsePageInput: { [T in PageRequestType]: (input: unknown) => PageRequestInput<T> } = {
  'page.inject': (input) => {
    const kind = parseObject(input).kind;
    if (kind === 'amplify' || kind === 'hosted-ui' || kind === 'form' || kind === 'unknown') return { kind };
    throw badMessage('"kind" must name a page kind.');
  },
  'page.offer': (input) => {
    const record = parseObject(input);
    const username = readOptionalText(record, 'username', 256);
    return { step: parseStep(record.step), ...(username ? { username } : {}) };
  },
  'page.fill': (input) => {
    const record = parseObject(input);
    const id = readText(record, 'id', 128);
    if (record.kind === 'sign-in' || record.kind === 'code') return { kind: record.kind, id };
    throw badMessage('"kind" must be "sign-in" or "code".');
  },
  'page.saveTotpSecret': (input) => {
    const record = parseObject(input);
    const account = readText(record, 'account', 256);
    if (record.uri !== undefined) return { uri: readText(record, 'uri', 4096), account };
    const issuer = readOptionalText(record, 'issuer', 256);
    return { secret: readText(record, 'secret', 1024), account, ...(issuer ? { issuer } : {}) };
  },
  'page.bindEntry': (input) => {
    const record = parseObject(input);
    return { id: readText(record, 'id', 128), userPoolClientId: readText(record, 'userPoolClientId', 128) };
  },
  'page.compareSignIn': (input) => parseCredentials(parseObject(input)),
  'page.saveSignIn': (input) => {
    const record = parseObject(input);
    const userPoolClientId = readOptionalText(record, 'userPoolClientId', 128);
    return { ...parseCredentials(record), ...(userPoolClientId ? { userPoolClientId } : {}) };
  },
  'page.updateSignIn': (input) => {
    const record = parseObject(input);
    return { id: readText(record, 'id', 128), password: readText(record, 'password', 1024) };
  },
  'page.rememberFactor': (input) => {
    const record = parseObject(input);
    const step = parseStep(record.step);
    const factor = isFactorStep(step) ? FACTORS_OF[step].find((candidate) => candidate === record.factor) : undefined;
    if (!isFactorStep(step) || !factor) throw badMessage('"factor" must name a factor the step offers.');
    return { step, factor, username: readText(record, 'username', 256) };
  },
};
