/**
 * The set-based statements of identity resolution, for one tenant ($1) with
 * the free-mail domains as $2 (text[]). Each statement changes only rows
 * that differ, and reports how many, so a re-run over unchanged sources
 * reports zero everywhere. Order matters: people, their links, then
 * accounts, account links and each person's account; orphans last.
 */

/** A normalized email: trimmed and lowercased; the plausibility check keeps free text ("n/a") out. */
const email = (column: string) => `lower(btrim(${column}))`;
const PLAUSIBLE = `~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'`;

/** Every source row that names a person by email: people, charges, deals and activity participants. */
export const PERSON_SOURCES = `
  SELECT * FROM (
    SELECT connector_id, 'person' AS entity, external_id, ${email('email')} AS email
      FROM people WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND email IS NOT NULL
    UNION ALL
    SELECT connector_id, 'charge', external_id, ${email('customer_email')}
      FROM charges WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND customer_email IS NOT NULL
    UNION ALL
    SELECT connector_id, 'deal', external_id, ${email('contact_email')}
      FROM deals WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND contact_email IS NOT NULL
    UNION ALL
    SELECT connector_id, 'participant', external_id, ${email('email')}
      FROM activity_participants WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND email IS NOT NULL
  ) s WHERE s.email ${PLAUSIBLE}`;

/**
 * A normalized domain: lowercased, without scheme, `www.`, port, path or
 * query ("https://www.Acme.io/about" -> "acme.io"); null unless it has a dot.
 */
export const normalizedDomain = (column: string) =>
  `nullif(regexp_replace(regexp_replace(lower(btrim(${column})), '^[a-z][a-z0-9+.-]*://', ''), '^www\\.|[/:?#].*$', '', 'g'), '')`;

/** Every source account with a usable domain. */
export const ACCOUNT_SOURCES = `
  SELECT * FROM (
    SELECT connector_id, 'account' AS entity, external_id, ${normalizedDomain('domain')} AS domain, name, updated_at
      FROM accounts WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND domain IS NOT NULL
  ) s WHERE s.domain LIKE '%_._%'`;

const counted = (statement: string) => `WITH changed AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM changed`;

/**
 * Hash joins for this transaction. The canonical tables are bulk-loaded by
 * the sync just before a resolution runs, usually before autovacuum (or,
 * on PGlite, anything) has gathered statistics; the planner then assumes
 * one row per table and picks nested loops, quadratic in the rows (9 s for
 * 6,900 links on PGlite). Every statement here is set-based and wants hash
 * joins; index lookups in correlated subqueries are unaffected.
 */
export const SET_BASED = `SET LOCAL enable_nestloop = off`;

/** Serializes resolutions of one tenant (two syncs finishing together); released at commit. */
export const LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('tributary:identity:' || $1::text, 0)) AS locked`;

export const INSERT_PEOPLE = counted(`
  INSERT INTO unified_people (tenant_id, email)
  SELECT DISTINCT $1::uuid, s.email FROM (${PERSON_SOURCES}) s
  WHERE NOT EXISTS (SELECT 1 FROM unified_people u WHERE u.tenant_id = $1::uuid AND u.email = s.email)
  ON CONFLICT (tenant_id, email) DO NOTHING`);

/** Names from the most recently updated source person that has one. */
export const UPDATE_NAMES = counted(`
  UPDATE unified_people u SET first_name = n.first_name, last_name = n.last_name, updated_at = now()
  FROM (
    SELECT DISTINCT ON (${email('email')}) ${email('email')} AS email, first_name, last_name
    FROM people
    WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND email IS NOT NULL AND (first_name IS NOT NULL OR last_name IS NOT NULL)
    ORDER BY ${email('email')}, updated_at DESC, connector_id, external_id
  ) n
  WHERE u.tenant_id = $1::uuid AND u.email = n.email
    AND (u.first_name IS DISTINCT FROM n.first_name OR u.last_name IS DISTINCT FROM n.last_name)`);

export const UPSERT_PERSON_LINKS = counted(`
  INSERT INTO unified_person_links (tenant_id, connector_id, entity, external_id, person_id)
  SELECT $1::uuid, s.connector_id, s.entity, s.external_id, u.id
  FROM (${PERSON_SOURCES}) s JOIN unified_people u ON u.tenant_id = $1::uuid AND u.email = s.email
  LEFT JOIN unified_person_links l ON l.tenant_id = $1::uuid AND l.connector_id = s.connector_id
    AND l.entity = s.entity AND l.external_id = s.external_id
  WHERE l.person_id IS DISTINCT FROM u.id
  ON CONFLICT (tenant_id, connector_id, entity, external_id)
  DO UPDATE SET person_id = excluded.person_id, updated_at = now()
  WHERE unified_person_links.person_id <> excluded.person_id`);

/** Links whose source row is gone, deleted or no longer has an email. */
export const DELETE_STALE_PERSON_LINKS = counted(`
  DELETE FROM unified_person_links l
  WHERE l.tenant_id = $1::uuid AND NOT EXISTS (
    SELECT 1 FROM (${PERSON_SOURCES}) s
    WHERE s.connector_id = l.connector_id AND s.entity = l.entity AND s.external_id = l.external_id)`);

export const DELETE_ORPHAN_PEOPLE = counted(`
  DELETE FROM unified_people u
  WHERE u.tenant_id = $1::uuid
    AND NOT EXISTS (SELECT 1 FROM unified_person_links l WHERE l.tenant_id = $1::uuid AND l.person_id = u.id)`);

/** The domain of a unified person's email, unless it is free mail. */
const workDomain = (alias: string) =>
  `(CASE WHEN split_part(${alias}.email, '@', 2) = ANY($2::text[]) THEN NULL ELSE split_part(${alias}.email, '@', 2) END)`;

export const INSERT_ACCOUNTS = counted(`
  INSERT INTO unified_accounts (tenant_id, domain)
  SELECT DISTINCT $1::uuid, d.domain FROM (
    SELECT s.domain FROM (${ACCOUNT_SOURCES}) s
    UNION SELECT ${workDomain('u')} FROM unified_people u WHERE u.tenant_id = $1::uuid
  ) d WHERE d.domain IS NOT NULL
  ON CONFLICT (tenant_id, domain) DO NOTHING`);

export const UPDATE_ACCOUNT_NAMES = counted(`
  UPDATE unified_accounts a SET name = n.name, updated_at = now()
  FROM (
    SELECT DISTINCT ON (s.domain) s.domain, s.name FROM (${ACCOUNT_SOURCES}) s
    ORDER BY s.domain, s.updated_at DESC, s.connector_id, s.external_id
  ) n
  WHERE a.tenant_id = $1::uuid AND a.domain = n.domain AND a.name IS DISTINCT FROM n.name`);

export const UPSERT_ACCOUNT_LINKS = counted(`
  INSERT INTO unified_account_links (tenant_id, connector_id, entity, external_id, account_id)
  SELECT $1::uuid, s.connector_id, s.entity, s.external_id, a.id
  FROM (${ACCOUNT_SOURCES}) s JOIN unified_accounts a ON a.tenant_id = $1::uuid AND a.domain = s.domain
  LEFT JOIN unified_account_links l ON l.tenant_id = $1::uuid AND l.connector_id = s.connector_id
    AND l.entity = s.entity AND l.external_id = s.external_id
  WHERE l.account_id IS DISTINCT FROM a.id
  ON CONFLICT (tenant_id, connector_id, entity, external_id)
  DO UPDATE SET account_id = excluded.account_id, updated_at = now()
  WHERE unified_account_links.account_id <> excluded.account_id`);

export const DELETE_STALE_ACCOUNT_LINKS = counted(`
  DELETE FROM unified_account_links l
  WHERE l.tenant_id = $1::uuid AND NOT EXISTS (
    SELECT 1 FROM (${ACCOUNT_SOURCES}) s
    WHERE s.connector_id = l.connector_id AND s.entity = l.entity AND s.external_id = l.external_id)`);

/**
 * Each person's account: their work email's domain, else the unified
 * account of the company a source person row belongs to (a gmail contact
 * filed under Acme in the CRM belongs to Acme).
 */
export const UPDATE_PERSON_ACCOUNTS = counted(`
  UPDATE unified_people u SET account_id = t.account_id, updated_at = now()
  FROM (
    SELECT p.id, coalesce(d.id, (
      SELECT min(al.account_id::text)::uuid
      FROM unified_person_links pl
      JOIN people src ON src.tenant_id = $1::uuid AND src.connector_id = pl.connector_id AND src.external_id = pl.external_id
      JOIN unified_account_links al ON al.tenant_id = $1::uuid AND al.connector_id = src.connector_id
        AND al.entity = 'account' AND al.external_id = src.account_external_id
      WHERE pl.tenant_id = $1::uuid AND pl.person_id = p.id AND pl.entity = 'person'
    )) AS account_id
    FROM unified_people p
    LEFT JOIN unified_accounts d ON d.tenant_id = $1::uuid AND d.domain = ${workDomain('p')}
    WHERE p.tenant_id = $1::uuid
  ) t
  WHERE u.tenant_id = $1::uuid AND u.id = t.id AND u.account_id IS DISTINCT FROM t.account_id`);

export const DELETE_ORPHAN_ACCOUNTS = counted(`
  DELETE FROM unified_accounts a
  WHERE a.tenant_id = $1::uuid
    AND NOT EXISTS (SELECT 1 FROM unified_account_links l WHERE l.tenant_id = $1::uuid AND l.account_id = a.id)
    AND NOT EXISTS (SELECT 1 FROM unified_people u WHERE u.tenant_id = $1::uuid AND u.account_id = a.id)`);
