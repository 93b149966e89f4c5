-- Tributary initial schema (Prisma naming conventions, so `prisma migrate
-- diff` on a connected machine agrees with this file).

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'manager', 'viewer');
CREATE TYPE "ConnectorStatus" AS ENUM ('disconnected', 'connected', 'syncing', 'error');
CREATE TYPE "SyncType" AS ENUM ('full', 'incremental');
CREATE TYPE "SyncStatus" AS ENUM ('running', 'completed', 'failed', 'cancelled');
CREATE TYPE "MappingTransform" AS ENUM ('none', 'lowercase', 'uppercase', 'trim');

-- CreateTable
CREATE TABLE "tenants" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tenants_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "connectors" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" TEXT,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "status" "ConnectorStatus" NOT NULL DEFAULT 'disconnected',
    "account_id" TEXT,
    "account_name" TEXT,
    "schedule" TEXT,
    "last_sync_at" TIMESTAMPTZ(3),
    "last_sync_cursor" TEXT,
    "last_sync_error" TEXT,
    "last_error_kind" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "connectors_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "field_mappings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "stream" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "transform" "MappingTransform" NOT NULL DEFAULT 'none',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "field_mappings_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "sync_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "sync_type" "SyncType" NOT NULL,
    "status" "SyncStatus" NOT NULL DEFAULT 'running',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "records_created" INTEGER NOT NULL DEFAULT 0,
    "records_updated" INTEGER NOT NULL DEFAULT 0,
    "records_failed" INTEGER NOT NULL DEFAULT 0,
    "pages" INTEGER NOT NULL DEFAULT 0,
    "error_message" TEXT,
    "error_kind" TEXT,
    "trigger" TEXT NOT NULL DEFAULT 'manual',
    CONSTRAINT "sync_logs_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "dead_letters" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "sync_log_id" UUID,
    "kind" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "external_id" TEXT,
    "reason" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "actor_id" UUID,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "o365_config" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "dpa_accepted_at" TIMESTAMPTZ(3),
    "allowed_domains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tenant_o365_domain" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "o365_config_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "people" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "email" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "title" TEXT,
    "phone" TEXT,
    "account_external_id" TEXT,
    "kind" TEXT,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "people_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

CREATE TABLE "accounts" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "industry" TEXT,
    "employee_count" INTEGER,
    "annual_revenue" DOUBLE PRECISION,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "accounts_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

CREATE TABLE "activities" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "channel" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "person_external_id" TEXT,
    "account_external_id" TEXT,
    "properties" JSONB,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "activities_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

CREATE TABLE "deals" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT,
    "amount" BIGINT,
    "currency" CHAR(3),
    "stage" TEXT,
    "status" TEXT,
    "close_date" DATE,
    "contact_email" TEXT,
    "account_external_id" TEXT,
    "properties" JSONB,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "deals_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

CREATE TABLE "charges" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL,
    "amount_refunded" BIGINT NOT NULL DEFAULT 0,
    "customer_email" TEXT,
    "customer_external_id" TEXT,
    "description" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "charges_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

CREATE TABLE "channel_metrics" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "channel" TEXT NOT NULL,
    "account_external_id" TEXT,
    "campaign_id" TEXT,
    "campaign" TEXT,
    "impressions" BIGINT NOT NULL DEFAULT 0,
    "clicks" BIGINT NOT NULL DEFAULT 0,
    "visitors" BIGINT NOT NULL DEFAULT 0,
    "leads" BIGINT NOT NULL DEFAULT 0,
    "conversions" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "channel_metrics_pkey" PRIMARY KEY ("tenant_id","connector_id","external_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tenants_slug_key" ON "tenants"("slug");
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");
CREATE UNIQUE INDEX "memberships_tenant_id_user_id_key" ON "memberships"("tenant_id", "user_id");
CREATE INDEX "connectors_status_idx" ON "connectors"("status");
CREATE UNIQUE INDEX "connectors_tenant_id_type_key" ON "connectors"("tenant_id", "type");
CREATE UNIQUE INDEX "connectors_tenant_id_id_key" ON "connectors"("tenant_id", "id");
CREATE UNIQUE INDEX "field_mappings_tenant_id_connector_id_stream_target_key" ON "field_mappings"("tenant_id", "connector_id", "stream", "target");
CREATE INDEX "sync_logs_tenant_id_connector_id_started_at_idx" ON "sync_logs"("tenant_id", "connector_id", "started_at" DESC);
CREATE INDEX "dead_letters_tenant_id_connector_id_created_at_idx" ON "dead_letters"("tenant_id", "connector_id", "created_at" DESC);
CREATE INDEX "dead_letters_sync_log_id_idx" ON "dead_letters"("sync_log_id");
CREATE INDEX "audit_log_tenant_id_created_at_idx" ON "audit_log"("tenant_id", "created_at" DESC);
CREATE UNIQUE INDEX "o365_config_connector_id_key" ON "o365_config"("connector_id");
CREATE UNIQUE INDEX "o365_config_tenant_id_connector_id_key" ON "o365_config"("tenant_id", "connector_id");
CREATE INDEX "people_tenant_id_email_idx" ON "people"("tenant_id", "email");
CREATE INDEX "accounts_tenant_id_domain_idx" ON "accounts"("tenant_id", "domain");
CREATE INDEX "activities_tenant_id_occurred_at_idx" ON "activities"("tenant_id", "occurred_at");
CREATE INDEX "activities_tenant_id_person_external_id_idx" ON "activities"("tenant_id", "person_external_id");
CREATE INDEX "deals_tenant_id_close_date_idx" ON "deals"("tenant_id", "close_date");
CREATE INDEX "deals_tenant_id_contact_email_idx" ON "deals"("tenant_id", "contact_email");
CREATE INDEX "charges_tenant_id_occurred_at_idx" ON "charges"("tenant_id", "occurred_at");
CREATE INDEX "charges_tenant_id_customer_email_idx" ON "charges"("tenant_id", "customer_email");
CREATE INDEX "channel_metrics_tenant_id_date_idx" ON "channel_metrics"("tenant_id", "date");
CREATE INDEX "channel_metrics_tenant_id_channel_date_idx" ON "channel_metrics"("tenant_id", "channel", "date");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "connectors" ADD CONSTRAINT "connectors_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "field_mappings" ADD CONSTRAINT "field_mappings_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sync_logs" ADD CONSTRAINT "sync_logs_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dead_letters" ADD CONSTRAINT "dead_letters_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dead_letters" ADD CONSTRAINT "dead_letters_sync_log_id_fkey" FOREIGN KEY ("sync_log_id") REFERENCES "sync_logs"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "o365_config" ADD CONSTRAINT "o365_config_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "people" ADD CONSTRAINT "people_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "deals" ADD CONSTRAINT "deals_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "charges" ADD CONSTRAINT "charges_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "channel_metrics" ADD CONSTRAINT "channel_metrics_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
