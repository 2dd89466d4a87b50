-- The member list sorts a million cached members by any of its columns and pages through
-- them by (sort key, rid): every sortable column needs an index whose order is that key's
-- (rid, the rowid, is implicitly the index's last column). handle, tier, points, joined_at,
-- last_active_at, signup_channel and status have one since 0001.
CREATE INDEX member_display_name ON member(display_name);
CREATE INDEX member_active_days ON member(active_days_30);
CREATE INDEX member_spend ON member(spend_total);
CREATE INDEX member_badge_count ON member(json_array_length(badges));
