-- Issue #12 item 6 (ADR 0007): an audit trail you can trust. Every row carries a SHA-256 hash
-- over its content and the previous row's hash; a one-row head holds the last link. A BEFORE
-- INSERT trigger, running as the tables' owner, takes the head's row lock (so concurrent writers
-- are chained in commit order), links the new row and moves the head. `npm run audit:verify`
-- recomputes the chain. The app's PostgreSQL role owns nothing (grants in src/server/db/app-role.ts).
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text DEFAULT '' NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text DEFAULT '' NOT NULL;
--> statement-breakpoint
CREATE TABLE "audit_chain_head" (
  "id" boolean PRIMARY KEY DEFAULT true NOT NULL,
  "seq" bigint NOT NULL,
  "hash" text NOT NULL,
  CONSTRAINT "audit_chain_head_one_row" CHECK ("id")
);
--> statement-breakpoint
-- The row's content as one text: a JSON array, whose jsonb output is the same for the same values.
CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    e.chain_seq, e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id, e.actor_username, e.actor_role, e.action, e.entity_type, e.entity_id, e.unit_id,
    e.before, e.after, e.ip, e.request_id
  )::text
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(prev || audit_event_canonical(e), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Rows written before this migration are chained in id order, starting from 64 zeros.
DO $$
DECLARE
  r audit_events;
  h text := repeat('0', 64);
  n bigint := 0;
BEGIN
  ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    n := n + 1;
    r.chain_seq := n;
    r.prev_hash := h;
    h := audit_event_hash(h, r);
    UPDATE audit_events SET chain_seq = n, prev_hash = r.prev_hash, hash = h WHERE id = r.id;
  END LOOP;
  ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update;
  INSERT INTO audit_chain_head (id, seq, hash) VALUES (true, n, h);
END
$$;
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_seq_idx" ON "audit_events" USING btree ("chain_seq");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain_head;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id FOR UPDATE;
  NEW.chain_seq := head.seq + 1;
  NEW.prev_hash := head.hash;
  NEW.hash := audit_event_hash(head.hash, NEW);
  UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash WHERE id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
