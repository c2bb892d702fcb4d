-- A stored topic list version is a promise to every interview that used it: never changed.
CREATE FUNCTION leidraad_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable', TG_TABLE_NAME USING ERRCODE = 'LD001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER topiclist_versions_immutable BEFORE UPDATE OR DELETE ON topiclist_versions
  FOR EACH ROW EXECUTE FUNCTION leidraad_refuse_change();
--> statement-breakpoint
CREATE TRIGGER topiclist_items_immutable BEFORE UPDATE OR DELETE ON topiclist_items
  FOR EACH ROW EXECUTE FUNCTION leidraad_refuse_change();
