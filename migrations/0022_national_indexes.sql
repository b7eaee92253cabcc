-- National scale (issue #11 item 5; SPEC N2, O1, O2), measured by `npm run bench:national` on the
-- data of `npm run bench:generate` (200,000 audit rows): the audit browser filtered by unit reads
-- that unit's rows newest first from an index instead of scanning the trail.
CREATE INDEX IF NOT EXISTS "audit_unit_idx" ON "audit_events" ("unit_id", "id");
