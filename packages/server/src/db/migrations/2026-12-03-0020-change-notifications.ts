import { type Kysely, sql } from 'kysely';

/**
 * Change notifications for the read caches (lib/read-caches.ts). Every process that keeps sessions
 * or card lists in memory LISTENs; these statement-level triggers announce, at commit, that rows
 * behind them changed, whoever wrote them (a request, a batch job, psql).
 *
 * - `jmo_sessions_changed`: the owners of sessions signed out, rotated or shortened, and of staff
 *   accounts changed, as `<user id>` or `staff:<staff id>`, comma-separated; `*` when the list
 *   would not fit a notification. Sliding the idle expiry forward is not announced (that is every
 *   minute of every session, and a copy that looks expired is read again anyway).
 * - `jmo_cards_changed`: anything a member's card list is built from changed; the payload is empty.
 *   PostgreSQL folds identical notifications of one transaction into one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION jmo_announce_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      owners text;
    BEGIN
      IF TG_OP = 'DELETE' THEN
        SELECT string_agg(DISTINCT coalesce(user_id::text, 'staff:' || staff_id::text), ',')
          INTO owners FROM old_rows;
      ELSE
        SELECT string_agg(DISTINCT coalesce(o.user_id::text, 'staff:' || o.staff_id::text), ',')
          INTO owners
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (n.token_hash, n.user_id, n.staff_id, n.absolute_expires_at)
                  IS DISTINCT FROM (o.token_hash, o.user_id, o.staff_id, o.absolute_expires_at)
             OR n.idle_expires_at < o.idle_expires_at;
      END IF;
      IF owners IS NOT NULL THEN
        PERFORM pg_notify('jmo_sessions_changed', CASE WHEN length(owners) > 7000 THEN '*' ELSE owners END);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER sessions_announce_update AFTER UPDATE ON sessions
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION jmo_announce_sessions_changed();
    CREATE TRIGGER sessions_announce_delete AFTER DELETE ON sessions
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION jmo_announce_sessions_changed();

    CREATE FUNCTION jmo_announce_staff_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      owners text;
    BEGIN
      SELECT string_agg('staff:' || id::text, ',') INTO owners FROM new_rows;
      IF owners IS NOT NULL THEN
        PERFORM pg_notify('jmo_sessions_changed', CASE WHEN length(owners) > 7000 THEN '*' ELSE owners END);
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER staff_accounts_announce_update AFTER UPDATE ON staff_accounts
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION jmo_announce_staff_changed();

    CREATE FUNCTION jmo_announce_cards_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('jmo_cards_changed', '');
      RETURN NULL;
    END $$;
  `.execute(db);
  // Append-only tables only ever gain rows; the others change in every way.
  const announced: [table: string, events: string][] = [
    ['memberships', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
    ['account_cards', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
    ['employers', 'UPDATE OR DELETE OR TRUNCATE'],
    ['membership_programs', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
    ['data_updates', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
    ['contributions', 'INSERT'],
    ['ledger_entries', 'INSERT'],
  ];
  for (const [table, events] of announced) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_announce_cards`)} AFTER ${sql.raw(events)} ON ${sql.table(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION jmo_announce_cards_changed()
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP FUNCTION jmo_announce_cards_changed() CASCADE;
    DROP FUNCTION jmo_announce_staff_changed() CASCADE;
    DROP FUNCTION jmo_announce_sessions_changed() CASCADE;
  `.execute(db);
}
