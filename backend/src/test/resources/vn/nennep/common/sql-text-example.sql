-- What the example answers: branches of a subtree, with a fragment and an order given per call.
--
-- Not sent: these lines only.
with {{branches}}
select id from branches
order by {{order}}
