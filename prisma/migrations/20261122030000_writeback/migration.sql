-- Writeback: the last value written to the vendor per record.

-- CreateTable
CREATE TABLE "writeback_values" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "written_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "writeback_values_pkey" PRIMARY KEY ("tenant_id","connector_id","entity","external_id")
);

-- AddForeignKey
ALTER TABLE "writeback_values" ADD CONSTRAINT "writeback_values_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
