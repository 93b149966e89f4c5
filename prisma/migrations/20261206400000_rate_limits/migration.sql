-- Request budgets per connection (token buckets), shared by every process that syncs it.

-- CreateTable
CREATE TABLE "rate_limits" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "budget" TEXT NOT NULL,
    "tokens" DOUBLE PRECISION NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("tenant_id","connector_id","budget")
);

-- AddForeignKey
ALTER TABLE "rate_limits" ADD CONSTRAINT "rate_limits_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
