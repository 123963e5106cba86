-- Up to 16 hash chains per tenant (ADR 0006): a transaction appends to a chain no other transaction holds, so the
-- requests of one tenant no longer queue behind each other's commit. Existing rows and heads become chain 0.
ALTER TABLE "audit_chain_head" ADD COLUMN "chain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "chain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_chain_head" DROP CONSTRAINT "audit_chain_head_pkey";--> statement-breakpoint
ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_tenant_id_seq_pk";--> statement-breakpoint
ALTER TABLE "audit_chain_head" ADD CONSTRAINT "audit_chain_head_tenant_id_chain_pk" PRIMARY KEY("tenant_id","chain");--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_tenant_id_chain_seq_pk" PRIMARY KEY("tenant_id","chain","seq");--> statement-breakpoint
-- Appends entries (a JSON array of audit_event columns) to one chain of the tenant set in app.tenant_id: the chain
-- this transaction already holds, else the first one no other transaction holds, else it waits for one.
CREATE OR REPLACE FUNCTION audit_append(entries jsonb) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  current_tenant uuid := samenplan_current_tenant();
  held text := current_setting('app.audit_chain', true);
  head audit_chain_head;
  e audit_event;
  item jsonb;
BEGIN
  IF current_tenant IS NULL THEN
    RAISE EXCEPTION 'audit_append needs app.tenant_id';
  END IF;
  IF coalesce(held, '') <> '' THEN
    SELECT * INTO head FROM audit_chain_head WHERE tenant_id = current_tenant AND chain = held::smallint FOR UPDATE;
  ELSE
    SELECT * INTO head FROM audit_chain_head WHERE tenant_id = current_tenant ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
      INSERT INTO audit_chain_head (tenant_id, chain, seq, hash)
        SELECT current_tenant, c, 0, repeat('0', 64) FROM generate_series(0, 15) AS c
        ON CONFLICT (tenant_id, chain) DO NOTHING;
      SELECT * INTO head FROM audit_chain_head WHERE tenant_id = current_tenant ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED;
    END IF;
    IF NOT FOUND THEN
      -- All 16 are held by other transactions: wait for one. A transaction waits here only while it holds none,
      -- so no two transactions can wait for each other.
      SELECT * INTO head FROM audit_chain_head WHERE tenant_id = current_tenant AND chain = (pg_backend_pid() % 16) FOR UPDATE;
    END IF;
    PERFORM set_config('app.audit_chain', head.chain::text, true);
  END IF;
  FOR item IN SELECT value FROM jsonb_array_elements(entries) LOOP
    e := jsonb_populate_record(NULL::audit_event, item);
    e.tenant_id := current_tenant;
    e.chain := head.chain;
    e.seq := head.seq + 1;
    e.occurred_at := date_trunc('milliseconds', clock_timestamp());
    e.prev_hash := head.hash;
    e.hash := audit_link(head.hash, e);
    INSERT INTO audit_event SELECT (e).*;
    head.seq := e.seq;
    head.hash := e.hash;
  END LOOP;
  UPDATE audit_chain_head SET seq = head.seq, hash = head.hash WHERE tenant_id = current_tenant AND chain = head.chain;
  RETURN head.seq;
END $$;--> statement-breakpoint
DROP FUNCTION audit_first_broken_link();--> statement-breakpoint
-- The first broken link of any chain of the tenant in app.tenant_id, or nothing when every chain is whole.
CREATE FUNCTION audit_first_broken_link() RETURNS TABLE (chain smallint, seq bigint, problem text) LANGUAGE sql STABLE AS $$
  WITH links AS (
    SELECT e.chain, e.seq, e.hash, e.prev_hash, audit_link(e.prev_hash, e) AS expected,
      lag(e.hash, 1, repeat('0', 64)) OVER (PARTITION BY e.chain ORDER BY e.seq) AS previous_hash,
      lag(e.seq, 1, 0::bigint) OVER (PARTITION BY e.chain ORDER BY e.seq) AS previous_seq
    FROM audit_event e WHERE e.tenant_id = samenplan_current_tenant()
  ), broken AS (
    SELECT l.chain, l.seq, CASE
      WHEN l.seq <> l.previous_seq + 1 THEN 'missing rows before this one'
      WHEN l.prev_hash <> l.previous_hash THEN 'does not link to the row before it'
      ELSE 'content changed after it was written' END AS problem
    FROM links l
    WHERE l.seq <> l.previous_seq + 1 OR l.prev_hash <> l.previous_hash OR l.hash <> l.expected
    UNION ALL
    SELECT h.chain, h.seq, 'rows missing at the end of the chain'
    FROM audit_chain_head h
    WHERE h.tenant_id = samenplan_current_tenant()
      AND h.seq > 0
      AND NOT EXISTS (SELECT 1 FROM links l WHERE l.chain = h.chain AND l.seq = h.seq AND l.hash = h.hash)
  )
  SELECT b.chain, b.seq, b.problem FROM broken b ORDER BY b.chain, b.seq LIMIT 1
$$;
--> statement-breakpoint
-- Every tenant starts with all 16 heads, so two first appends never wait for each other's new head row.
CREATE FUNCTION audit_chain_heads_for_tenant() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  previous text := current_setting('app.tenant_id', true);
BEGIN
  PERFORM set_config('app.tenant_id', NEW.id::text, true);
  INSERT INTO audit_chain_head (tenant_id, chain, seq, hash)
    SELECT NEW.id, c, 0, repeat('0', 64) FROM generate_series(0, 15) AS c
    ON CONFLICT (tenant_id, chain) DO NOTHING;
  PERFORM set_config('app.tenant_id', coalesce(previous, ''), true);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER tenant_audit_chain_heads AFTER INSERT ON tenant FOR EACH ROW EXECUTE FUNCTION audit_chain_heads_for_tenant();--> statement-breakpoint
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT id FROM tenant LOOP
    PERFORM set_config('app.tenant_id', t.id::text, true);
    INSERT INTO audit_chain_head (tenant_id, chain, seq, hash)
      SELECT t.id, c, 0, repeat('0', 64) FROM generate_series(0, 15) AS c
      ON CONFLICT (tenant_id, chain) DO NOTHING;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;
