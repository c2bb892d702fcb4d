-- Answer operations are decided by the app (server/services/answer-ops.ts) from state it
-- reads under lock, and written set-wise (server/queries/answer-ops.ts). The function's loop
-- over operations cost some 40 microseconds per operation in PL/pgSQL, the same decision
-- a microsecond in the app.
DROP FUNCTION leidraad_apply_batch(jsonb);
