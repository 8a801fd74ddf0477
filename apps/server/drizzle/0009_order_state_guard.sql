-- Orders move only along pending → paying → paid → refunding → refunded, plus pending/paying → closed, and
-- refunding → paid when a refund fails or was partial. The application moves them with conditional UPDATEs; this
-- trigger makes any other change impossible, whoever issues it. An order starts pending, keeps its amount and is
-- never deleted.
CREATE OR REPLACE FUNCTION orders_guard_status() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'orders are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'pending' THEN
      RAISE EXCEPTION 'a new order must be pending, not %', NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.total_fen <> OLD.total_fen THEN
    RAISE EXCEPTION 'an order''s amount never changes' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (
    ('pending', 'paying'), ('pending', 'closed'), ('paying', 'paid'), ('paying', 'closed'),
    ('paid', 'refunding'), ('refunding', 'refunded'), ('refunding', 'paid')
  ) THEN
    RAISE EXCEPTION 'illegal order status change % → %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER orders_status_guard BEFORE INSERT OR UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_guard_status();
