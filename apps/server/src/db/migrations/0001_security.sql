-- Every request runs as samenplan_app (SET LOCAL ROLE): not a superuser, no BYPASSRLS, not the owner of any table,
-- so row-level security always applies to it. The login user that runs migrations owns the tables.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samenplan_app') THEN
    CREATE ROLE samenplan_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'samenplan_app', 'MEMBER') THEN
    EXECUTE format('GRANT samenplan_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION samenplan_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.tenant_id', true), '')::uuid
$$;
--> statement-breakpoint
-- Each migration that adds a tenant table calls this; a test fails when a table with tenant_id is not protected.
CREATE FUNCTION samenplan_protect(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant_id = samenplan_current_tenant()) WITH CHECK (tenant_id = samenplan_current_tenant())',
    tbl);
END $$;
--> statement-breakpoint
SELECT samenplan_protect(t) FROM unnest(ARRAY[
  'organisation', 'team', 'user_group', 'person', 'team_member', 'user_group_member', 'account', 'account_role',
  'audit_event', 'audit_chain_head'
]::regclass[]) AS t;
--> statement-breakpoint
GRANT SELECT ON tenant TO samenplan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON organisation, team, user_group, person, team_member, user_group_member, account, account_role TO samenplan_app;
--> statement-breakpoint
-- The log is append-only for the application: it reads, and appends only through audit_append().
GRANT SELECT ON audit_event TO samenplan_app;
--> statement-breakpoint
CREATE FUNCTION audit_payload(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    e.tenant_id, e.seq, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    e.actor_person_id, e.actor_role, e.actor_organisation_id, e.on_behalf_of_person_id, e.client_ip, e.user_agent,
    e.request_id, e.resident_id, e.object_type, e.object_id, e.field, e.action, e.outcome, e.reason, e.details
  )::text
$$;
--> statement-breakpoint
CREATE FUNCTION audit_link(prev_hash text, e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(prev_hash || audit_payload(e), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Appends entries (a JSON array of audit_event columns) to the chain of the tenant set in app.tenant_id.
CREATE FUNCTION audit_append(entries jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  current_tenant uuid := samenplan_current_tenant();
  head audit_chain_head;
  e audit_event;
  item jsonb;
BEGIN
  IF current_tenant IS NULL THEN
    RAISE EXCEPTION 'audit_append needs app.tenant_id';
  END IF;
  INSERT INTO audit_chain_head (tenant_id, seq, hash) VALUES (current_tenant, 0, repeat('0', 64))
    ON CONFLICT (tenant_id) DO NOTHING;
  SELECT * INTO head FROM audit_chain_head WHERE tenant_id = current_tenant FOR UPDATE;
  FOR item IN SELECT value FROM jsonb_array_elements(entries) LOOP
    e := jsonb_populate_record(NULL::audit_event, item);
    e.tenant_id := current_tenant;
    e.seq := head.seq + 1;
    e.occurred_at := date_trunc('milliseconds', clock_timestamp());
    e.prev_hash := head.hash;
    e.hash := audit_link(head.hash, e);
    INSERT INTO audit_event SELECT (e).*;
    head.seq := e.seq;
    head.hash := e.hash;
  END LOOP;
  UPDATE audit_chain_head SET seq = head.seq, hash = head.hash WHERE tenant_id = current_tenant;
  RETURN head.seq;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_append(jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit_append(jsonb) TO samenplan_app;
--> statement-breakpoint
-- The first broken link of the chain of the tenant in app.tenant_id, or nothing when the chain is whole.
CREATE FUNCTION audit_first_broken_link() RETURNS TABLE (seq bigint, problem text) LANGUAGE sql STABLE AS $$
  WITH chain AS (
    SELECT e.seq, e.hash, e.prev_hash, audit_link(e.prev_hash, e) AS expected,
      lag(e.hash, 1, repeat('0', 64)) OVER (ORDER BY e.seq) AS previous_hash,
      lag(e.seq, 1, 0::bigint) OVER (ORDER BY e.seq) AS previous_seq
    FROM audit_event e WHERE e.tenant_id = samenplan_current_tenant()
  ), broken AS (
    SELECT c.seq, CASE
      WHEN c.seq <> c.previous_seq + 1 THEN 'missing rows before this one'
      WHEN c.prev_hash <> c.previous_hash THEN 'does not link to the row before it'
      ELSE 'content changed after it was written' END AS problem
    FROM chain c
    WHERE c.seq <> c.previous_seq + 1 OR c.prev_hash <> c.previous_hash OR c.hash <> c.expected
    UNION ALL
    SELECT h.seq, 'rows missing at the end of the chain'
    FROM audit_chain_head h
    WHERE h.tenant_id = samenplan_current_tenant()
      AND h.seq > 0
      AND NOT EXISTS (SELECT 1 FROM chain c WHERE c.seq = h.seq AND c.hash = h.hash)
  )
  SELECT b.seq, b.problem FROM broken b ORDER BY b.seq LIMIT 1
$$;
