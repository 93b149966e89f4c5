-- Runs that read no vendor: `replay` (dead letters through today's
-- mappings) and `remap` (stored rows re-mapped from their raw rows); and a
-- run that stored nothing while rejecting rows ends `completed_with_errors`;
-- `records_read` counts the rows a run read (written, unchanged or rejected),
-- `stream_counts` the rows read and rejected per stream (a stream whose every
-- row was rejected makes the run `completed_with_errors`).

-- AlterEnum
ALTER TYPE "SyncType" ADD VALUE 'replay';
ALTER TYPE "SyncType" ADD VALUE 'remap';

-- AlterEnum
ALTER TYPE "SyncStatus" ADD VALUE 'completed_with_errors';

-- AlterTable
ALTER TABLE "sync_logs" ADD COLUMN "records_read" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "stream_counts" JSONB NOT NULL DEFAULT '{}';
