-- Canonical entities for analytics (GA4, Clarity) and the participants of activities (meetings, messages).

-- CreateTable
CREATE TABLE "site_analytics" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "property_id" TEXT,
    "dimensions" JSONB,
    "sessions" BIGINT NOT NULL DEFAULT 0,
    "users" BIGINT NOT NULL DEFAULT 0,
    "new_users" BIGINT NOT NULL DEFAULT 0,
    "page_views" BIGINT NOT NULL DEFAULT 0,
    "engaged_sessions" BIGINT NOT NULL DEFAULT 0,
    "engagement_seconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "key_events" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "bot_sessions" BIGINT NOT NULL DEFAULT 0,
    "rage_clicks" BIGINT NOT NULL DEFAULT 0,
    "dead_clicks" BIGINT NOT NULL DEFAULT 0,
    "quickbacks" BIGINT NOT NULL DEFAULT 0,
    "excessive_scrolls" BIGINT NOT NULL DEFAULT 0,
    "script_errors" BIGINT NOT NULL DEFAULT 0,
    "scroll_depth" DOUBLE PRECISION,
    "properties" JSONB,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "site_analytics_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

-- CreateTable
CREATE TABLE "activity_participants" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "activity_external_id" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "internal" BOOLEAN,
    "person_external_id" TEXT,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "activity_participants_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

-- CreateIndex
CREATE INDEX "site_analytics_tenant_id_date_idx" ON "site_analytics"("tenant_id", "date");
CREATE INDEX "site_analytics_tenant_id_source_date_idx" ON "site_analytics"("tenant_id", "source", "date");
CREATE INDEX "activity_participants_tenant_id_activity_external_id_idx" ON "activity_participants"("tenant_id", "activity_external_id");
CREATE INDEX "activity_participants_tenant_id_email_idx" ON "activity_participants"("tenant_id", "email");

-- AddForeignKey
ALTER TABLE "site_analytics" ADD CONSTRAINT "site_analytics_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activity_participants" ADD CONSTRAINT "activity_participants_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
