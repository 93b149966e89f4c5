-- Dead letters get a lifecycle (open, resolved, dismissed) and a key:
-- a record rejected again for the same reason updates its row (count,
-- last seen) instead of adding one, and a record that later stores
-- resolves it. `derived` keeps what the connector derived beside the raw
-- row, so a replay maps exactly what the sync mapped.

-- CreateEnum
CREATE TYPE "DeadLetterStatus" AS ENUM ('open', 'resolved', 'dismissed');

-- AlterTable
ALTER TABLE "dead_letters"
    ADD COLUMN "status" "DeadLetterStatus" NOT NULL DEFAULT 'open',
    ADD COLUMN "count" INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN "resolved_at" TIMESTAMPTZ(3),
    ADD COLUMN "derived" JSONB;

UPDATE "dead_letters" SET "last_seen_at" = "created_at";

-- Fold the repeats already stored into their newest row (its count is how many there were).
WITH ranked AS (
    SELECT "id",
           row_number() OVER w AS rn,
           count(*) OVER (PARTITION BY "tenant_id", "connector_id", "stream", "external_id", "reason") AS n
    FROM "dead_letters"
    WHERE "external_id" IS NOT NULL
    WINDOW w AS (PARTITION BY "tenant_id", "connector_id", "stream", "external_id", "reason" ORDER BY "created_at" DESC, "id")
), dropped AS (
    DELETE FROM "dead_letters" d USING ranked r WHERE d."id" = r."id" AND r.rn > 1 RETURNING 1
)
UPDATE "dead_letters" d SET "count" = r.n::int FROM ranked r WHERE d."id" = r."id" AND r.rn = 1;

-- Long reasons are cut to fit the key's index.
UPDATE "dead_letters" SET "reason" = left("reason", 1000) WHERE length("reason") > 1000;

-- CreateIndex: the key (letters without an external id are never folded: NULLs are distinct).
CREATE UNIQUE INDEX "dead_letters_tenant_id_connector_id_stream_external_id_reason_key"
    ON "dead_letters"("tenant_id", "connector_id", "stream", "external_id", "reason");

-- CreateIndex: open letters of a connector, grouped by reason.
CREATE INDEX "dead_letters_tenant_id_connector_id_status_idx" ON "dead_letters"("tenant_id", "connector_id", "status");
