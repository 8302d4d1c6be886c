-- Weight sets are numbered one after another. Two changes of the weights made at the same moment from the same set
-- would both take the next number; the unique key lets one of them through and refuses the other, so neither
-- silently replaces the other's weights (the service's own check alone cannot see a change not yet committed).
alter table roadmap_weight_set add column revision integer;
update roadmap_weight_set w set revision = (select count(*) from roadmap_weight_set p where p.id <= w.id);
alter table roadmap_weight_set alter column revision set not null;
alter table roadmap_weight_set add constraint roadmap_weight_set_revision unique (revision);
