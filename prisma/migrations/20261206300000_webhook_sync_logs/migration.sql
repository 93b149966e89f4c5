-- Webhook deliveries run through the sync pipeline's persist stage: each
-- applied delivery gets a sync log of its own type (counts, dead letters),
-- written in the delivery's transaction.

-- AlterEnum
ALTER TYPE "SyncType" ADD VALUE 'webhook';
