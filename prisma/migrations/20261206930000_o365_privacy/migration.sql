-- Office 365 privacy record: whether subjects may be read (off by default:
-- metadata only), and who accepted which version of the DPA.
ALTER TABLE "o365_config" ADD COLUMN "include_subjects" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "o365_config" ADD COLUMN "dpa_accepted_by" TEXT;
ALTER TABLE "o365_config" ADD COLUMN "dpa_version" TEXT;
