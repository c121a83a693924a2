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
 * - `jmo_cards_changed`: something a member's card list is built from changed: the user ids of the
 *   accounts holding the cards concerned, comma-separated, or `*` when they are many (a batch
 *   posting) or cannot be told (an employer renamed, a table truncated).
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

    -- More holders than this in one statement: announce '*' (the payload must stay under 8000 bytes).
    CREATE FUNCTION jmo_announce_card_holders(users uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF cardinality(users) > 150 THEN
        PERFORM pg_notify('jmo_cards_changed', '*');
      ELSIF cardinality(users) > 0 THEN
        PERFORM pg_notify('jmo_cards_changed', array_to_string(users, ','));
      END IF;
    END $$;
    CREATE FUNCTION jmo_card_holders(memberships uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
      SELECT coalesce(array_agg(DISTINCT user_id), '{}') FROM account_cards WHERE membership_id = ANY(memberships)
    $$;
    CREATE FUNCTION jmo_announce_all_cards() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('jmo_cards_changed', '*');
      RETURN NULL;
    END $$;

    CREATE FUNCTION jmo_announce_account_cards() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM jmo_announce_card_holders(ARRAY(SELECT DISTINCT user_id FROM new_rows));
      ELSIF TG_OP = 'DELETE' THEN
        PERFORM jmo_announce_card_holders(ARRAY(SELECT DISTINCT user_id FROM old_rows));
      ELSE
        PERFORM jmo_announce_card_holders(
          ARRAY(SELECT user_id FROM new_rows UNION SELECT user_id FROM old_rows));
      END IF;
      RETURN NULL;
    END $$;

    -- Ledger entries reach a holder through their account's card; a batch announces '*' unjoined.
    CREATE FUNCTION jmo_announce_ledger_entries() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF (SELECT count(*) FROM new_rows) > 1000 THEN
        PERFORM pg_notify('jmo_cards_changed', '*');
      ELSE
        PERFORM jmo_announce_card_holders(jmo_card_holders(ARRAY(
          SELECT DISTINCT a.membership_id FROM new_rows e JOIN ledger_accounts a ON a.id = e.account_id
          WHERE a.membership_id IS NOT NULL)));
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);

  // Tables whose rows name a card (membership): announce the holders of the cards they name.
  const byCard: [table: string, card: string, events: ('INSERT' | 'UPDATE' | 'DELETE')[]][] = [
    ['memberships', 'id', ['INSERT', 'UPDATE', 'DELETE']],
    ['membership_programs', 'membership_id', ['INSERT', 'UPDATE', 'DELETE']],
    ['data_updates', 'membership_id', ['INSERT', 'UPDATE', 'DELETE']],
    // Append-only: rows are only ever added.
    ['contributions', 'membership_id', ['INSERT']],
  ];
  for (const [table, card] of byCard) {
    await sql`
      CREATE FUNCTION ${sql.raw(`jmo_announce_${table}`)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM jmo_announce_card_holders(jmo_card_holders(ARRAY(SELECT DISTINCT ${sql.raw(card)} FROM old_rows)));
        ELSE
          PERFORM jmo_announce_card_holders(jmo_card_holders(ARRAY(SELECT DISTINCT ${sql.raw(card)} FROM new_rows)));
        END IF;
        RETURN NULL;
      END $$
    `.execute(db);
  }
  // A statement trigger with transition tables fires on one event; TRUNCATE has no rows to name.
  const triggers: [table: string, fn: string, events: ('INSERT' | 'UPDATE' | 'DELETE')[]][] = [
    ...byCard.map(
      ([table, , events]) => [table, `jmo_announce_${table}`, events] as [string, string, typeof events],
    ),
    ['account_cards', 'jmo_announce_account_cards', ['INSERT', 'UPDATE', 'DELETE']],
    ['ledger_entries', 'jmo_announce_ledger_entries', ['INSERT']],
  ];
  for (const [table, fn, events] of triggers) {
    for (const event of events) {
      const transition =
        event === 'INSERT'
          ? 'NEW TABLE AS new_rows'
          : event === 'DELETE'
            ? 'OLD TABLE AS old_rows'
            : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
      await sql`
        CREATE TRIGGER ${sql.raw(`${table}_announce_cards_${event.toLowerCase()}`)} AFTER ${sql.raw(event)}
          ON ${sql.table(table)} REFERENCING ${sql.raw(transition)}
          FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(fn)}()
      `.execute(db);
    }
  }
  for (const [table, events] of [
    ['memberships', 'TRUNCATE'],
    ['membership_programs', 'TRUNCATE'],
    ['data_updates', 'TRUNCATE'],
    ['account_cards', 'TRUNCATE'],
    ['employers', 'UPDATE OR DELETE OR TRUNCATE'],
  ] as const) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_announce_all_cards`)} AFTER ${sql.raw(events)} ON ${sql.table(table)}
        FOR EACH STATEMENT EXECUTE FUNCTION jmo_announce_all_cards()
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP FUNCTION jmo_announce_memberships(), jmo_announce_membership_programs(), jmo_announce_data_updates(),
      jmo_announce_contributions(), jmo_announce_account_cards(), jmo_announce_ledger_entries(),
      jmo_announce_all_cards(), jmo_announce_staff_changed(), jmo_announce_sessions_changed() CASCADE;
    DROP FUNCTION jmo_card_holders(uuid[]), jmo_announce_card_holders(uuid[]);
  `.execute(db);
}
