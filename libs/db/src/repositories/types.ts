import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

/** A Prisma client or an interactive transaction: every repository works on both. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** Cast a plain JSON-safe value for a Json column (values come from JSON.parse or zod). */
export function json(value: unknown): Prisma.InputJsonValue {
  return (value ?? {}) as Prisma.InputJsonValue;
}

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}
