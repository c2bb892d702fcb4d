-- Concurrent saves the app coalesces (server/db/batcher.ts), applied set-wise: a fixed number
-- of statements per batch instead of a dozen per save, which made the database the limit.
-- Every call gets the outcome it would have alone, applied in batch order: an op applied by
-- an earlier call of the batch counts as stored history for a later one.
-- A call fails (not found, locked, no consent) before it changes anything, so the others go
-- on. Should the whole batch fail in the database, the app applies its calls one by one.
-- An offline outbox is a batch of one call. It replaces leidraad_apply_ops, whose lookup of
-- repeated op ids (`IN (subquery)`) had become a scan of the interview's whole history.
-- p_batch: [{"interview","user","isLead","ops":[...]}]; returns one outcome per call, each
-- {"error": "..."} or {"results": [{"opId","status","itemId","revision",...}]}.
CREATE OR REPLACE FUNCTION leidraad_apply_batch(p_batch jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  now_ timestamptz := now();
  -- calls, in batch order
  c_iv uuid[];
  c_user uuid[];
  c_lead boolean[];
  ncalls integer;
  -- every call's operations, flattened in order
  o_call integer[];
  o_id text[];
  o_item text[];
  o_op jsonb[];
  nops integer;
  -- the interviews, locked, in id order
  i_id uuid[];
  i_status text[];
  i_consent boolean[];
  i_seq bigint[];
  i_events integer[];
  members text[];   -- 'interview/user' for callers who are interviewers of the interview
  done_ jsonb;      -- 'interview/opId' -> what an op applied before did (history, or this batch)
  slots jsonb;      -- 'interview/item' -> slot in the s_ arrays
  s_iv uuid[];
  s_item text[];
  s_value jsonb[];
  s_note text[];
  s_rev integer[];
  s_at timestamptz[];
  s_by uuid[];
  s_changed boolean[];
  -- rows to write
  h_iv uuid[] := '{}';
  h_item text[] := '{}';
  h_op text[] := '{}';
  h_value jsonb[] := '{}';
  h_note text[] := '{}';
  h_rev integer[] := '{}';
  h_by uuid[] := '{}';
  e_iv uuid[] := '{}';
  e_seq bigint[] := '{}';
  e_payload jsonb[] := '{}';
  e_actor uuid[] := '{}';
  outcomes jsonb[] := '{}';
  -- per call
  firsts jsonb;     -- 'call/opId' -> position of its first occurrence within the call
  results jsonb[];
  history jsonb[];
  err text;
  c integer;
  n integer := 1;
  m integer;
  k integer;
  iv integer;
  op jsonb;
  op_id text;
  new_note text;
  entry jsonb;
  row_ record;
BEGIN
  SELECT array_agg((v->>'interview')::uuid ORDER BY i), array_agg((v->>'user')::uuid ORDER BY i), array_agg((v->>'isLead')::boolean ORDER BY i)
    INTO c_iv, c_user, c_lead
    FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS t(v, i);
  ncalls := coalesce(cardinality(c_iv), 0);
  IF ncalls = 0 THEN RETURN '[]'::jsonb; END IF;
  SELECT array_agg(t.i::integer ORDER BY t.i, o.j), array_agg(o.v->>'opId' ORDER BY t.i, o.j),
         array_agg(o.v->>'itemId' ORDER BY t.i, o.j), array_agg(o.v ORDER BY t.i, o.j)
    INTO o_call, o_id, o_item, o_op
    FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS t(v, i), jsonb_array_elements(t.v->'ops') WITH ORDINALITY AS o(v, j);
  nops := coalesce(cardinality(o_call), 0);
  SELECT jsonb_object_agg(k_, first) INTO firsts
    FROM (SELECT oc || '/' || oi AS k_, min(pos) AS first
          FROM (SELECT oc, oi, row_number() OVER (PARTITION BY oc ORDER BY n_) AS pos
                FROM unnest(o_call, o_id) WITH ORDINALITY AS u(oc, oi, n_)) p
          GROUP BY 1) f;

  SELECT array_agg(id ORDER BY id), array_agg(status ORDER BY id), array_agg(consent_given ORDER BY id), array_agg(event_seq ORDER BY id)
    INTO i_id, i_status, i_consent, i_seq
    FROM (SELECT id, status, consent_given, event_seq FROM interviews WHERE id = ANY (c_iv) ORDER BY id FOR UPDATE) l;
  i_events := array_fill(0, ARRAY[coalesce(cardinality(i_id), 0)]);
  SELECT array_agg(m_.interview_id || '/' || m_.user_id) INTO members
    FROM interview_interviewers m_
    JOIN (SELECT DISTINCT a, b FROM unnest(c_iv, c_user) AS u(a, b)) u ON m_.interview_id = u.a AND m_.user_id = u.b;
  members := coalesce(members, '{}');

  -- Ops stored before: one probe of the (interview_id, op_id) index per op.
  SELECT COALESCE(jsonb_object_agg(h.interview_id || '/' || h.op_id, jsonb_build_object(
           'status', 'duplicate', 'itemId', h.item_id, 'revision', h.revision, 'value', h.value,
           'note', h.note, 'updatedAt', h.changed_at, 'updatedBy', h.changed_by)), '{}'::jsonb)
    INTO done_
    FROM (SELECT DISTINCT c_iv[oc] AS a, oi AS b FROM unnest(o_call, o_id) AS u(oc, oi)) u
    JOIN answer_history h ON h.interview_id = u.a AND h.op_id = u.b;

  -- The touched answers as they stand, locked, one slot per (interview, item).
  SELECT array_agg(a ORDER BY a, b), array_agg(b ORDER BY a, b) INTO s_iv, s_item
    FROM (SELECT DISTINCT c_iv[oc] AS a, oi AS b FROM unnest(o_call, o_item) AS u(oc, oi)) d;
  k := coalesce(cardinality(s_iv), 0);
  SELECT jsonb_object_agg(a || '/' || b, i) INTO slots FROM unnest(s_iv, s_item) WITH ORDINALITY AS u(a, b, i);
  s_value := array_fill(NULL::jsonb, ARRAY[k]);
  s_note := array_fill(NULL::text, ARRAY[k]);
  s_rev := array_fill(0, ARRAY[k]);
  s_at := array_fill(NULL::timestamptz, ARRAY[k]);
  s_by := array_fill(NULL::uuid, ARRAY[k]);
  s_changed := array_fill(false, ARRAY[k]);
  FOR row_ IN
    SELECT a.* FROM answers a JOIN unnest(s_iv, s_item) AS u(x, y) ON a.interview_id = u.x AND a.item_id = u.y
    ORDER BY a.interview_id, a.item_id FOR UPDATE OF a
  LOOP
    k := (slots->>(row_.interview_id || '/' || row_.item_id))::integer;
    s_value[k] := row_.value; s_note[k] := row_.note; s_rev[k] := row_.revision;
    s_at[k] := row_.updated_at; s_by[k] := row_.updated_by;
  END LOOP;

  FOR c IN 1..ncalls LOOP
    m := n; -- this call's ops are m .. n - 1
    WHILE n <= nops AND o_call[n] = c LOOP n := n + 1; END LOOP;
    iv := array_position(i_id, c_iv[c]);
    IF iv IS NULL OR (NOT c_lead[c] AND NOT (c_iv[c] || '/' || c_user[c]) = ANY (members)) THEN
      outcomes := array_append(outcomes, '{"error":"not_found"}'::jsonb);
      CONTINUE;
    END IF;
    results := '{}';
    history := '{}';
    err := NULL;
    FOR j IN m .. n - 1 LOOP
      op := o_op[j];
      op_id := o_id[j];
      -- A repeated operation answers what it did the first time, whatever happened since.
      IF done_ ? (c_iv[c] || '/' || op_id) THEN
        results := array_append(results, jsonb_build_object('opId', op_id) || (done_->(c_iv[c] || '/' || op_id)));
        CONTINUE;
      END IF;
      IF (firsts->>(c || '/' || op_id))::integer < j - m + 1 THEN
        results := array_append(results, results[(firsts->>(c || '/' || op_id))::integer] || '{"status":"duplicate"}'::jsonb);
        CONTINUE;
      END IF;
      -- New work is refused while the interview is locked or lacks consent. This is decided
      -- before the call's first change, so a refused call leaves nothing behind.
      IF i_status[iv] IN ('completed', 'approved', 'has_issues') THEN err := 'locked'; EXIT; END IF;
      IF i_consent[iv] IS NULL THEN err := 'consent_required'; EXIT; END IF;
      IF NOT i_consent[iv] THEN err := 'consent_refused'; EXIT; END IF;

      k := (slots->>(c_iv[c] || '/' || o_item[j]))::integer;
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
      s_at[k] := now_; s_by[k] := c_user[c]; s_changed[k] := true;
      entry := jsonb_build_object(
        'itemId', s_item[k], 'value', op->'value', 'note', new_note,
        'revision', s_rev[k], 'updatedAt', now_, 'updatedBy', c_user[c]);
      history := array_append(history, entry || jsonb_build_object('opId', op_id));
      results := array_append(results, jsonb_build_object('opId', op_id, 'status', 'applied') || entry);
      h_iv := array_append(h_iv, c_iv[c]);
      h_item := array_append(h_item, s_item[k]);
      h_op := array_append(h_op, op_id);
      h_value := array_append(h_value, op->'value');
      h_note := array_append(h_note, new_note);
      h_rev := array_append(h_rev, s_rev[k]);
      h_by := array_append(h_by, c_user[c]);
    END LOOP;
    IF err IS NOT NULL THEN
      outcomes := array_append(outcomes, jsonb_build_object('error', err));
      CONTINUE;
    END IF;
    IF cardinality(history) > 0 THEN
      i_events[iv] := i_events[iv] + 1;
      e_iv := array_append(e_iv, c_iv[c]);
      e_seq := array_append(e_seq, i_seq[iv] + i_events[iv]);
      e_payload := array_append(e_payload, jsonb_build_object('answers', to_jsonb(history)));
      e_actor := array_append(e_actor, c_user[c]);
      -- Later calls of the batch see these ops as stored.
      IF c < ncalls THEN
        done_ := done_ || (SELECT jsonb_object_agg(c_iv[c] || '/' || (x->>'opId'), (x - 'opId') || '{"status":"duplicate"}'::jsonb) FROM unnest(history) x);
      END IF;
    END IF;
    outcomes := array_append(outcomes, jsonb_build_object('results', to_jsonb(results)));
  END LOOP;

  IF cardinality(h_iv) > 0 THEN
    INSERT INTO answers (interview_id, item_id, value, note, revision, updated_at, updated_by)
      SELECT u.a, u.b, u.v, u.n, u.r, now_, u.w
      FROM unnest(s_iv, s_item, s_value, s_note, s_rev, s_by, s_changed) AS u(a, b, v, n, r, w, changed)
      WHERE u.changed
      ON CONFLICT (interview_id, item_id) DO UPDATE
        SET value = EXCLUDED.value, note = EXCLUDED.note, revision = EXCLUDED.revision,
            updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by;
    INSERT INTO answer_history (interview_id, item_id, op_id, value, note, revision, changed_at, changed_by)
      SELECT u.a, u.b, u.o, u.v, u.n, u.r, now_, u.w
      FROM unnest(h_iv, h_item, h_op, h_value, h_note, h_rev, h_by) AS u(a, b, o, v, n, r, w);
    -- The first answer starts a planned interview.
    UPDATE interviews i
      SET event_seq = i.event_seq + u.cnt, updated_at = now_,
          status = CASE WHEN i.status = 'planned' THEN 'in_progress' ELSE i.status END
      FROM unnest(i_id, i_events) AS u(id, cnt)
      WHERE i.id = u.id AND u.cnt > 0;
    INSERT INTO interview_events (interview_id, seq, kind, payload, actor_id, created_at)
      SELECT u.a, u.s, 'answers', u.p, u.w, now_
      FROM unnest(e_iv, e_seq, e_payload, e_actor) AS u(a, s, p, w);
  END IF;
  RETURN to_jsonb(outcomes);
END;
$$;
--> statement-breakpoint
DROP FUNCTION leidraad_apply_ops(uuid, uuid, boolean, jsonb);
