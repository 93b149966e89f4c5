#!/bin/sh
# Stand-in for Prisma's native schema engine, which is a binary download
# that cannot be fetched offline. `prisma generate` never executes it; the
# CLI only asks it for its version. Migrations are applied by libs/db.
if [ "$1" = "--version" ]; then
  echo "schema-engine-cli offline-stub (migrations are applied by @tributary/db)"
  exit 0
fi
echo "The Prisma schema engine is not available offline. Apply migrations with: npm run db:migrate" >&2
exit 1
