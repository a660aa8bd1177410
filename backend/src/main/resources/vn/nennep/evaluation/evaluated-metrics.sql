-- The metrics judged from meetings: the three per-meeting ones and the quarterly one. INDICATOR targets are
-- reported with evidence, not evaluated from meetings. A fragment, inserted at {{evaluated}}.
('ATTENDANCE_RATE', 'OPINION_COUNT', 'DURATION_MINUTES', 'THEMATIC_PER_QUARTER')
