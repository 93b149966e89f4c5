-- Security: invitations (no admin sets another person's password), login
-- throttling shared by every gateway process, the version number that
-- invalidates cached authentication in every process, and OAuth settings
-- that wait for a successful callback before they are applied.

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tenant_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "token_hash" TEXT NOT NULL,
    "invited_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by" UUID,
    "revoked_at" TIMESTAMPTZ(3),
    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateTable: rate-limiter-flexible's Prisma store (key, points, expire).
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMPTZ(3),
    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable: one row; its version goes up whenever a credential or a membership stops being what it was.
CREATE TABLE "auth_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT "auth_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "auth_version_one_row" CHECK ("id" = 1)
);
INSERT INTO "auth_version" ("id", "version") VALUES (1, 0);

-- AlterTable
ALTER TABLE "oauth_states" ADD COLUMN "settings" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");
CREATE INDEX "invitations_tenant_id_email_idx" ON "invitations"("tenant_id", "email");
CREATE INDEX "login_throttle_expire_idx" ON "login_throttle"("expire");

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Triggers: whatever writes the change (the gateway, the ops CLI, a cascade,
-- another process), every gateway's authentication cache sees the version move.
CREATE FUNCTION "bump_auth_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "auth_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "api_tokens_auth_version" AFTER UPDATE ON "api_tokens" FOR EACH ROW
  WHEN (OLD."revoked_at" IS DISTINCT FROM NEW."revoked_at" OR OLD."expires_at" IS DISTINCT FROM NEW."expires_at"
        OR OLD."user_id" IS DISTINCT FROM NEW."user_id" OR OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id"
        OR OLD."token_hash" IS DISTINCT FROM NEW."token_hash")
  EXECUTE FUNCTION "bump_auth_version"();
CREATE TRIGGER "api_tokens_auth_version_delete" AFTER DELETE ON "api_tokens" FOR EACH ROW EXECUTE FUNCTION "bump_auth_version"();

CREATE TRIGGER "memberships_auth_version" AFTER UPDATE ON "memberships" FOR EACH ROW
  WHEN (OLD."role" IS DISTINCT FROM NEW."role" OR OLD."user_id" IS DISTINCT FROM NEW."user_id" OR OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id")
  EXECUTE FUNCTION "bump_auth_version"();
CREATE TRIGGER "memberships_auth_version_delete" AFTER DELETE ON "memberships" FOR EACH ROW EXECUTE FUNCTION "bump_auth_version"();

-- Sliding expiry only lengthens a session; moving it to another tenant or cutting it short must be seen.
CREATE TRIGGER "sessions_auth_version" AFTER UPDATE ON "sessions" FOR EACH ROW
  WHEN (OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id" OR OLD."user_id" IS DISTINCT FROM NEW."user_id" OR NEW."expires_at" < OLD."expires_at")
  EXECUTE FUNCTION "bump_auth_version"();
CREATE TRIGGER "sessions_auth_version_delete" AFTER DELETE ON "sessions" FOR EACH ROW EXECUTE FUNCTION "bump_auth_version"();

CREATE TRIGGER "users_auth_version" AFTER UPDATE ON "users" FOR EACH ROW
  WHEN (OLD."password_hash" IS DISTINCT FROM NEW."password_hash" OR OLD."email" IS DISTINCT FROM NEW."email")
  EXECUTE FUNCTION "bump_auth_version"();
CREATE TRIGGER "users_auth_version_delete" AFTER DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "bump_auth_version"();
