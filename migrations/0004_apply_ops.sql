-- Applies answer operations to one interview in one round trip and one transaction.
-- Values arrive validated against the topic list; this function decides access, the lock
-- after completion, consent, idempotency per op_id, and conflicts on base revisions.
-- p_ops: [{"opId","itemId","value","note"?,"baseRevision"?}] in the order to apply.
-- Returns {"error": "..."} or {"results": [{"opId","status","itemId","revision",...}]}.
-- It does not NOTIFY: a NOTIFY serialises commits server-wide, so the app announces new
-- events after commit, many interviews per NOTIFY transaction (server/plugins/live-events.ts).
CREATE FUNCTION leidraad_apply_ops(p_interview uuid, p_user uuid, p_is_lead boolean, p_ops jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  iv record;
  op jsonb;
  cur record;
  dup record;
  results jsonb := '[]'::jsonb;
  applied jsonb := '[]'::jsonb;
  new_rev integer;
  new_note text;
  seq bigint;
  now_ timestamptz := now();
BEGIN
  SELECT status, consent_given INTO iv FROM interviews WHERE id = p_interview FOR UPDATE;
  IF NOT FOUND THEN RETURN '{"error":"not_found"}'::jsonb; END IF;
  IF NOT p_is_lead AND NOT EXISTS (
    SELECT 1 FROM interview_interviewers WHERE interview_id = p_interview AND user_id = p_user
  ) THEN
    RETURN '{"error":"not_found"}'::jsonb;
  END IF;

  FOR op IN SELECT value FROM jsonb_array_elements(p_ops) LOOP
    -- A repeated operation answers what it did the first time, whatever happened since.
    SELECT h.revision, h.value, h.note, h.changed_at, h.changed_by INTO dup
      FROM answer_history h WHERE h.interview_id = p_interview AND h.op_id = op->>'opId';
    IF FOUND THEN
      results := results || jsonb_build_array(jsonb_build_object(
        'opId', op->>'opId', 'status', 'duplicate', 'itemId', op->>'itemId', 'revision', dup.revision,
        'value', dup.value, 'note', dup.note, 'updatedAt', dup.changed_at, 'updatedBy', dup.changed_by));
      CONTINUE;
    END IF;
    -- New work is refused while the interview is locked or lacks consent (duplicates above still answer).
    IF iv.status IN ('completed', 'approved', 'has_issues') THEN RETURN '{"error":"locked"}'::jsonb; END IF;
    IF iv.consent_given IS NULL THEN RETURN '{"error":"consent_required"}'::jsonb; END IF;
    IF NOT iv.consent_given THEN RETURN '{"error":"consent_refused"}'::jsonb; END IF;

    SELECT a.revision, a.value, a.note, a.updated_at, a.updated_by INTO cur
      FROM answers a WHERE a.interview_id = p_interview AND a.item_id = op->>'itemId' FOR UPDATE;

    IF jsonb_typeof(op->'baseRevision') = 'number'
       AND COALESCE(cur.revision, 0) <> (op->>'baseRevision')::integer THEN
      results := results || jsonb_build_array(jsonb_build_object(
        'opId', op->>'opId', 'status', 'conflict', 'itemId', op->>'itemId', 'revision', COALESCE(cur.revision, 0),
        'current', CASE WHEN cur.revision IS NULL THEN NULL ELSE jsonb_build_object(
          'itemId', op->>'itemId', 'value', cur.value, 'note', cur.note, 'revision', cur.revision,
          'updatedAt', cur.updated_at, 'updatedBy', cur.updated_by) END));
      CONTINUE;
    END IF;

    new_rev := COALESCE(cur.revision, 0) + 1;
    -- Without a "note" key the note stays as it was; "note": null clears it.
    new_note := CASE WHEN op ? 'note' THEN op->>'note' ELSE cur.note END;
    INSERT INTO answers (interview_id, item_id, value, note, revision, updated_at, updated_by)
      VALUES (p_interview, op->>'itemId', op->'value', new_note, new_rev, now_, p_user)
      ON CONFLICT (interview_id, item_id) DO UPDATE
        SET value = EXCLUDED.value, note = EXCLUDED.note, revision = EXCLUDED.revision,
            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by;
    INSERT INTO answer_history (interview_id, item_id, op_id, value, note, revision, changed_at, changed_by)
      VALUES (p_interview, op->>'itemId', op->>'opId', op->'value', new_note, new_rev, now_, p_user);
    applied := applied || jsonb_build_array(jsonb_build_object(
      'opId', op->>'opId', 'itemId', op->>'itemId', 'value', op->'value', 'note', new_note,
      'revision', new_rev, 'updatedAt', now_, 'updatedBy', p_user));
    results := results || jsonb_build_array(jsonb_build_object(
      'opId', op->>'opId', 'status', 'applied', 'itemId', op->>'itemId', 'value', op->'value', 'note', new_note,
      'revision', new_rev, 'updatedAt', now_, 'updatedBy', p_user));
  END LOOP;

  IF jsonb_array_length(applied) > 0 THEN
    -- The first answer starts a planned interview.
    UPDATE interviews
      SET event_seq = event_seq + 1, updated_at = now_,
          status = CASE WHEN status = 'planned' THEN 'in_progress' ELSE status END
      WHERE id = p_interview RETURNING event_seq INTO seq;
    INSERT INTO interview_events (interview_id, seq, kind, payload, actor_id, created_at)
      VALUES (p_interview, seq, 'answers', jsonb_build_object('answers', applied), p_user, now_);
  END IF;
  RETURN jsonb_build_object('results', results);
END;
$$;
--> statement-breakpoint
-- Other interview events (status, consent, presence) go through here, numbered per interview.
CREATE FUNCTION leidraad_add_event(p_interview uuid, p_kind text, p_payload jsonb, p_actor uuid)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  seq bigint;
BEGIN
  UPDATE interviews SET event_seq = event_seq + 1 WHERE id = p_interview RETURNING event_seq INTO seq;
  INSERT INTO interview_events (interview_id, seq, kind, payload, actor_id) VALUES (p_interview, seq, p_kind, p_payload, p_actor);
  RETURN seq;
END;
$$;
--> statement-breakpoint
-- History is the audit trail of an interview: never rewritten.
CREATE TRIGGER answer_history_immutable BEFORE UPDATE OR DELETE ON answer_history
  FOR EACH ROW EXECUTE FUNCTION leidraad_refuse_change();
