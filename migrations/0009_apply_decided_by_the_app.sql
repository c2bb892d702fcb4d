-- Answer operations are decided by the app (server/services/answer-ops.ts) from state it
-- reads under lock, and written set-wise (server/queries/answer-ops.ts). The function's loop
-- over operations cost some 40 microseconds per operation in PL/pgSQL, the same decision
-- a microsecond in the app.
DROP FUNCTION leidraad_apply_batch(jsonb);
--> statement-breakpoint
-- An outbox's event carries every operation: lz4 compresses it in a fraction of pglz's time.
-- Builds without lz4 (the embedded one) keep the default.
DO $$
BEGIN
  ALTER TABLE interview_events ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  NULL;
END
$$;
