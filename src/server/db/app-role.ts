/**
 * The app's PostgreSQL role (issue #12 item 6, ADR 0007). Migrations run as the tables' owner
 * (MIGRATION_DATABASE_URL); afterwards the owner makes sure the NOLOGIN role DATABASE_APP_ROLE
 * exists and holds only what the app needs: data rights on the tables, on the audit trail only
 * SELECT and INSERT, on the chain head only SELECT. The app connects and then acts as that role
 * (`-c role=…` at connection start, see client.ts), so it cannot disable the audit triggers, nor
 * update or delete audit rows. Run after every migration: new tables get their grants too.
 */
import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";
import { PG_ERROR, pgErrorCode } from "./pg-errors.ts";

/** "thidua_app" → "\"thidua_app\"" (config.ts already limits the name to [a-z0-9_]). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The user name in a postgres:// URL, if any. */
export function urlUser(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const user = decodeURIComponent(new URL(url).username);
  return user || undefined;
}

export async function grantAppRole(
  owner: Database,
  role: string,
  /** The login user of DATABASE_URL: made a member of the role when it is not the owner. */
  appLoginUser?: string,
): Promise<void> {
  if (owner.driver !== "postgres") return;
  const r = quoteIdent(role);
  const rows = async (q: ReturnType<typeof sql>) =>
    ((await owner.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
  if ((await rows(sql`select 1 from pg_roles where rolname = ${role}`)).length === 0) {
    try {
      await owner.db.execute(sql.raw(`CREATE ROLE ${r} NOLOGIN`));
    } catch (err) {
      // Another process created it meanwhile (tests run in parallel).
      const code = pgErrorCode(err);
      if (code !== "42710" && code !== PG_ERROR.uniqueViolation) throw err;
    }
  }
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // The audit trail: read and append, nothing else (the triggers refuse the rest even to the owner).
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${r}`,
    `REVOKE ALL ON audit_chain_head FROM ${r}`,
    `GRANT SELECT ON audit_chain_head TO ${r}`,
  ];
  for (const s of statements) await owner.db.execute(sql.raw(s));
  const [me] = await rows(sql`select current_user as name`);
  if (appLoginUser && appLoginUser !== me?.name && appLoginUser !== role) {
    await owner.db.execute(sql.raw(`GRANT ${r} TO ${quoteIdent(appLoginUser)}`));
  }
}
