export * from './client.js';
export { DatabaseInUseError } from './pglite-lock.js';
export * from './driver.js';
export * from './migrate.js';
export * from './bulk-upsert.js';
export * from './canonical-tables.js';
export * from './repositories/index.js';
export { Prisma } from './generated/prisma/client.js';
export * from './generated/prisma/enums.js';
