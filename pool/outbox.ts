import type { CodePurpose, DeliveryMedium } from './state/types';

export interface OutboxMessage {
  userPoolId: string;
  username: string;
  channel: DeliveryMedium;
  destination: string;
  code: string;
  purpose: CodePurpose | (string & {});
  sentAt: number;
}

/**
 * Where the local pool "sends" emails and SMS: an in-memory list (GET /_pool/outbox, newest last) plus one
 * console line per message through the injected logger. Printing the code is this module's purpose; nothing
 * else in the pool logs codes or passwords.
 */
export class Outbox {
  readonly #messages: OutboxMessage[] = [];
  readonly #log: (line: string) => void;

  constructor(options: { logger?: (line: string) => void } = {}) {
    this.#log = options.logger ?? (() => {});
  }

  send(message: OutboxMessage): void {
    this.#messages.push(message);
    this.#log(
      `[outbox] ${message.channel} to ${message.destination} (${message.userPoolId}/${message.username}) ${message.purpose} code ${message.code}`,
    );
  }

  list(): OutboxMessage[] {
    return [...this.#messages];
  }

  clear(): void {
    this.#messages.length = 0;
  }
}
