-- Identity: people and accounts unified across sources (by normalized email
-- and by domain), with a link from every source row to its unified record.
-- Rebuilt by libs/identity's set-based resolution after each sync.

-- CreateTable
CREATE TABLE "unified_accounts" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "domain" TEXT NOT NULL,
    "name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "unified_accounts_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "unified_people" (
    "tenant_id" UUID NOT NULL,
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "account_id" UUID,
    "first_name" TEXT,
    "last_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "unified_people_pkey" PRIMARY KEY ("tenant_id","id")
);

-- CreateTable
CREATE TABLE "unified_person_links" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "person_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "unified_person_links_pkey" PRIMARY KEY ("tenant_id","connector_id","entity","external_id")
);

-- CreateTable
CREATE TABLE "unified_account_links" (
    "tenant_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "account_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "unified_account_links_pkey" PRIMARY KEY ("tenant_id","connector_id","entity","external_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "unified_accounts_tenant_id_domain_key" ON "unified_accounts"("tenant_id", "domain");

-- CreateIndex
CREATE UNIQUE INDEX "unified_people_tenant_id_email_key" ON "unified_people"("tenant_id", "email");

-- CreateIndex
CREATE INDEX "unified_people_tenant_id_account_id_idx" ON "unified_people"("tenant_id", "account_id");

-- CreateIndex
CREATE INDEX "unified_person_links_tenant_id_person_id_idx" ON "unified_person_links"("tenant_id", "person_id");

-- CreateIndex
CREATE INDEX "unified_account_links_tenant_id_account_id_idx" ON "unified_account_links"("tenant_id", "account_id");

-- AddForeignKey
ALTER TABLE "unified_accounts" ADD CONSTRAINT "unified_accounts_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unified_people" ADD CONSTRAINT "unified_people_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unified_person_links" ADD CONSTRAINT "unified_person_links_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unified_person_links" ADD CONSTRAINT "unified_person_links_tenant_id_person_id_fkey" FOREIGN KEY ("tenant_id", "person_id") REFERENCES "unified_people"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unified_account_links" ADD CONSTRAINT "unified_account_links_tenant_id_connector_id_fkey" FOREIGN KEY ("tenant_id", "connector_id") REFERENCES "connectors"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unified_account_links" ADD CONSTRAINT "unified_account_links_tenant_id_account_id_fkey" FOREIGN KEY ("tenant_id", "account_id") REFERENCES "unified_accounts"("tenant_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;
