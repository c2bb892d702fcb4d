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
  row_ record;
  op jsonb;
  n integer;
  k integer;
  op_id text;
  dups jsonb;       -- op id -> what that op did, for ops applied by earlier calls
  firsts jsonb;     -- op id -> position of its first occurrence in p_ops
  slots jsonb;      -- item id -> slot in the arrays below
  -- The touched items' answers as they stand while the ops apply, one slot per item. Plain
  -- arrays, updated in place: copying jsonb per op made a 500-op outbox quadratic.
  s_item text[];
  s_value jsonb[];
  s_note text[];
  s_rev integer[];
  s_at timestamptz[];
  s_by uuid[];
  s_changed boolean[];
  results jsonb[] := '{}';
  history jsonb[] := '{}';
  new_note text;
  entry jsonb;
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

  -- Set-based reads: which ops were applied before, and the touched items' answers (locked).
  SELECT COALESCE(jsonb_object_agg(h.op_id, jsonb_build_object(
           'status', 'duplicate', 'itemId', h.item_id, 'revision', h.revision, 'value', h.value,
           'note', h.note, 'updatedAt', h.changed_at, 'updatedBy', h.changed_by)), '{}'::jsonb)
    INTO dups
    FROM answer_history h
    WHERE h.interview_id = p_interview
      AND h.op_id IN (SELECT o->>'opId' FROM jsonb_array_elements(p_ops) o);
  SELECT jsonb_object_agg(k_, first) INTO firsts
    FROM (SELECT o->>'opId' AS k_, min(i) AS first FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t(o, i) GROUP BY 1) f;
  SELECT array_agg(item ORDER BY item) INTO s_item
    FROM (SELECT DISTINCT o->>'itemId' AS item FROM jsonb_array_elements(p_ops) o) d;
  SELECT jsonb_object_agg(item, i) INTO slots FROM unnest(s_item) WITH ORDINALITY AS u(item, i);
  k := cardinality(s_item);
  s_value := array_fill(NULL::jsonb, ARRAY[k]);
  s_note := array_fill(NULL::text, ARRAY[k]);
  s_rev := array_fill(0, ARRAY[k]);
  s_at := array_fill(NULL::timestamptz, ARRAY[k]);
  s_by := array_fill(NULL::uuid, ARRAY[k]);
  s_changed := array_fill(false, ARRAY[k]);
  FOR row_ IN SELECT * FROM answers WHERE interview_id = p_interview AND item_id = ANY (s_item) ORDER BY item_id FOR UPDATE LOOP
    k := (slots->>row_.item_id)::integer;
    s_value[k] := row_.value; s_note[k] := row_.note; s_rev[k] := row_.revision;
    s_at[k] := row_.updated_at; s_by[k] := row_.updated_by;
  END LOOP;

  FOR op, n IN SELECT value, ordinality FROM jsonb_array_elements(p_ops) WITH ORDINALITY LOOP
    op_id := op->>'opId';
    -- A repeated operation answers what it did the first time, whatever happened since.
    IF dups ? op_id THEN
      results := array_append(results, jsonb_build_object('opId', op_id) || (dups->op_id));
      CONTINUE;
    END IF;
    IF (firsts->>op_id)::integer < n THEN
      results := array_append(results, results[(firsts->>op_id)::integer] || '{"status":"duplicate"}'::jsonb);
      CONTINUE;
    END IF;
    -- New work is refused while the interview is locked or lacks consent (duplicates above still answer).
    IF iv.status IN ('completed', 'approved', 'has_issues') THEN RETURN '{"error":"locked"}'::jsonb; END IF;
    IF iv.consent_given IS NULL THEN RETURN '{"error":"consent_required"}'::jsonb; END IF;
    IF NOT iv.consent_given THEN RETURN '{"error":"consent_refused"}'::jsonb; END IF;

    k := (slots->>(op->>'itemId'))::integer;
    IF jsonb_typeof(op->'baseRevision') = 'number' AND s_rev[k] <> (op->>'baseRevision')::integer THEN
      results := array_append(results, jsonb_build_object(
        'opId', op_id, 'status', 'conflict', 'itemId', s_item[k], 'revision', s_rev[k],
        'current', CASE WHEN s_rev[k] = 0 THEN NULL ELSE jsonb_build_object(
          'itemId', s_item[k], 'value', s_value[k], 'note', s_note[k], 'revision', s_rev[k],
          'updatedAt', s_at[k], 'updatedBy', s_by[k]) END));
      CONTINUE;
    END IF;

    -- Without a "note" key the note stays as it was; "note": null clears it.
    new_note := CASE WHEN op ? 'note' THEN op->>'note' ELSE s_note[k] END;
    s_value[k] := op->'value'; s_note[k] := new_note; s_rev[k] := s_rev[k] + 1;
    s_at[k] := now_; s_by[k] := p_user; s_changed[k] := true;
    entry := jsonb_build_object(
      'itemId', s_item[k], 'value', op->'value', 'note', new_note,
      'revision', s_rev[k], 'updatedAt', now_, 'updatedBy', p_user);
    history := array_append(history, entry || jsonb_build_object('opId', op_id));
    results := array_append(results, jsonb_build_object('opId', op_id, 'status', 'applied') || entry);
  END LOOP;

  IF cardinality(history) > 0 THEN
    INSERT INTO answers (interview_id, item_id, value, note, revision, updated_at, updated_by)
      SELECT p_interview, u.item, u.value, u.note, u.rev, now_, p_user
      FROM unnest(s_item, s_value, s_note, s_rev, s_changed) AS u(item, value, note, rev, changed)
      WHERE u.changed
      ON CONFLICT (interview_id, item_id) DO UPDATE
        SET value = EXCLUDED.value, note = EXCLUDED.note, revision = EXCLUDED.revision,
            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by;
    INSERT INTO answer_history (interview_id, item_id, op_id, value, note, revision, changed_at, changed_by)
      SELECT p_interview, h->>'itemId', h->>'opId', h->'value', h->>'note', (h->>'revision')::integer, now_, p_user
      FROM unnest(history) h;
    -- The first answer starts a planned interview.
    UPDATE interviews
      SET event_seq = event_seq + 1, updated_at = now_,
          status = CASE WHEN status = 'planned' THEN 'in_progress' ELSE status END
      WHERE id = p_interview RETURNING event_seq INTO seq;
    INSERT INTO interview_events (interview_id, seq, kind, payload, actor_id, created_at)
      VALUES (p_interview, seq, 'answers', jsonb_build_object('answers', to_jsonb(history)), p_user, now_);
  END IF;
  RETURN jsonb_build_object('results', to_jsonb(results));
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
--> statement-breakpoint
-- Many saves in one transaction: the app coalesces concurrent saves of different requests
-- (server/db/batcher.ts). Each save runs in its own subtransaction, so one that fails is
-- reported alone and the others still commit; callers send saves sorted by interview so
-- that concurrent batches lock interviews in one order.
CREATE FUNCTION leidraad_apply_batch(p_batch jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  el jsonb;
  r jsonb;
  results jsonb[] := '{}';
BEGIN
  FOR el IN SELECT value FROM jsonb_array_elements(p_batch) LOOP
    BEGIN
      r := leidraad_apply_ops((el->>'interview')::uuid, (el->>'user')::uuid, (el->>'isLead')::boolean, el->'ops');
    EXCEPTION WHEN OTHERS THEN
      r := jsonb_build_object('error', 'failed', 'sqlstate', SQLSTATE, 'message', SQLERRM);
    END;
    results := array_append(results, r);
  END LOOP;
  RETURN to_jsonb(results);
END;
$$;
