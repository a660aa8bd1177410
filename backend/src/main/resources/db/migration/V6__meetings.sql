-- Nền nếp: branch meeting records (biên bản sinh hoạt chi bộ), and the data they are checked against: the procedure
-- checklist and the quality score sheet, each a template an organization may adjust (organization_id NULL = the
-- default for every organization without one of its own; the nearest ancestor's template wins).

CREATE TABLE procedure_templates (
    id              uuid PRIMARY KEY,
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    -- JSON array of step texts, in order.
    steps           jsonb NOT NULL CHECK (jsonb_typeof(steps) = 'array')
);
CREATE UNIQUE INDEX procedure_templates_organization_key ON procedure_templates (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'));

INSERT INTO procedure_templates (id, organization_id, steps) VALUES ('00000000-0000-0000-0000-000000000601', NULL, '[
  "Chuẩn bị: bí thư phân công dự thảo; chi ủy họp trước, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới và nội dung cần thảo luận, biểu quyết; thông báo cho đảng viên và cấp ủy cấp trên",
  "Khai mạc: giới thiệu đại biểu, báo cáo tình hình đảng viên dự họp, thông qua chương trình, cử thư ký",
  "Kiểm điểm việc thực hiện nghị quyết tháng trước: từng nhiệm vụ và kết quả, việc chưa làm được và nguyên nhân",
  "Thông tin văn bản cấp trên và thời sự",
  "Thảo luận; biểu dương, phê bình và tự phê bình",
  "Kết luận, giao nhiệm vụ cho tổ chức hoặc đảng viên, có thời hạn và kỳ họp báo cáo kết quả",
  "Biểu quyết thông qua nghị quyết của chi bộ",
  "Đánh giá chất lượng buổi sinh hoạt; thông qua biên bản"
]');

CREATE TABLE score_templates (
    id              uuid PRIMARY KEY,
    organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
    -- JSON array of {code, name, max, key}: key criteria need full marks for GOOD.
    criteria        jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array')
);
CREATE UNIQUE INDEX score_templates_organization_key ON score_templates (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'));

INSERT INTO score_templates (id, organization_id, criteria) VALUES ('00000000-0000-0000-0000-000000000602', NULL, '[
  {"code": "TIME_DURATION", "name": "Thời gian và thời lượng sinh hoạt", "max": 5, "key": true},
  {"code": "ATTENDANCE", "name": "Đảng viên dự sinh hoạt", "max": 5, "key": true},
  {"code": "PREPARATION", "name": "Công tác chuẩn bị", "max": 10, "key": false},
  {"code": "CONDUCT", "name": "Tiến hành sinh hoạt, tham gia ý kiến của đảng viên", "max": 40, "key": true},
  {"code": "PARTY_PRINCIPLES", "name": "Thực hiện nguyên tắc sinh hoạt Đảng", "max": 5, "key": false},
  {"code": "PREVIOUS_RESOLUTION", "name": "Kết quả thực hiện nghị quyết kỳ trước", "max": 30, "key": false},
  {"code": "CLOSING", "name": "Kết thúc sinh hoạt, thông qua biên bản", "max": 5, "key": true}
]');

CREATE TABLE meetings (
    id                      uuid PRIMARY KEY,
    external_id             varchar(100),
    branch_id               uuid         NOT NULL REFERENCES organizations (id),
    kind                    varchar(20)  NOT NULL CHECK (kind IN ('REGULAR', 'THEMATIC', 'EXTRAORDINARY')),
    theme                   varchar(500),
    topic                   varchar(500),
    scheduled_at            timestamptz,
    started_at              timestamptz,
    ended_at                timestamptz,
    -- Derived: ended - started, whole minutes.
    duration_minutes        integer CHECK (duration_minutes >= 0),
    held                    boolean      NOT NULL DEFAULT true,
    chair                   varchar(255),
    minute_taker            varchar(255),
    members_total           integer CHECK (members_total >= 0),
    present                 integer CHECK (present >= 0),
    excused                 integer CHECK (excused >= 0),
    unexcused               integer CHECK (unexcused >= 0),
    exempt                  integer CHECK (exempt >= 0),
    -- Derived: present / (members_total - exempt) * 100, one decimal; NULL when the divisor is 0.
    attendance_rate         numeric(4, 1),
    -- [{memberId, status, reason}] when the roll is known; NULL for counts copied from a paper book.
    attendance              jsonb,
    guests                  jsonb        NOT NULL DEFAULT '[]',
    -- [{speaker, area, summary}]
    opinions                jsonb        NOT NULL DEFAULT '[]',
    opinion_count           integer      NOT NULL DEFAULT 0,
    -- [{step, done}], the steps of the branch's checklist template
    procedure_steps         jsonb        NOT NULL DEFAULT '[]',
    conclusions             text,
    -- [{id, title, assigneeName, dueOn, reportAtMeetingId, status, carriedFromTaskId}]
    tasks                   jsonb        NOT NULL DEFAULT '[]',
    vote_in_favour          integer CHECK (vote_in_favour >= 0),
    vote_voters             integer CHECK (vote_voters >= 0),
    -- [{code, name, max, key, points}]; total and band derived
    score_criteria          jsonb,
    score_total             integer,
    score_band              varchar(10) CHECK (score_band IN ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
    draft_sent_on           date,
    resolution_reported_on  date,
    pilot                   boolean      NOT NULL DEFAULT false,
    review_reviewer         varchar(255),
    review_strengths        text,
    review_limitations      text,
    review_remedies         text,
    review_notice_number    varchar(50),
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL,
    updated_at              timestamptz  NOT NULL,
    CHECK (ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at)
);
CREATE UNIQUE INDEX meetings_external_id_key ON meetings (external_id);
-- A branch's meetings in time order: lists, carry-over, evaluation per branch and period.
CREATE INDEX meetings_branch_started_idx ON meetings (branch_id, started_at);
CREATE INDEX meetings_started_idx ON meetings (started_at);
CREATE INDEX meetings_kind_idx ON meetings (kind, started_at);
-- Targets limited to a theme match it case- and diacritic-blind.
CREATE INDEX meetings_theme_idx ON meetings (nennep_fold(theme)) WHERE theme IS NOT NULL;
CREATE INDEX meetings_updated_idx ON meetings (updated_at);
CREATE INDEX meetings_search_idx ON meetings
    USING gin (nennep_fold(coalesce(theme, '') || ' ' || coalesce(topic, '')) gin_trgm_ops);
-- Finding the meeting that holds a task (a carried task's origin): tasks @> '[{"id": "..."}]'.
CREATE INDEX meetings_tasks_idx ON meetings USING gin (tasks jsonb_path_ops);

CREATE TABLE meetings_aud (
    id                      uuid     NOT NULL,
    rev                     bigint   NOT NULL REFERENCES revisions (id),
    revtype                 smallint NOT NULL,
    external_id             varchar(100),
    branch_id               uuid,
    kind                    varchar(20),
    theme                   varchar(500),
    topic                   varchar(500),
    scheduled_at            timestamptz,
    started_at              timestamptz,
    ended_at                timestamptz,
    duration_minutes        integer,
    held                    boolean,
    chair                   varchar(255),
    minute_taker            varchar(255),
    members_total           integer,
    present                 integer,
    excused                 integer,
    unexcused               integer,
    exempt                  integer,
    attendance_rate         numeric(4, 1),
    attendance              jsonb,
    guests                  jsonb,
    opinions                jsonb,
    opinion_count           integer,
    procedure_steps         jsonb,
    conclusions             text,
    tasks                   jsonb,
    vote_in_favour          integer,
    vote_voters             integer,
    score_criteria          jsonb,
    score_total             integer,
    score_band              varchar(10),
    draft_sent_on           date,
    resolution_reported_on  date,
    pilot                   boolean,
    review_reviewer         varchar(255),
    review_strengths        text,
    review_limitations      text,
    review_remedies         text,
    review_notice_number    varchar(50),
    created_at              timestamptz,
    updated_at              timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX meetings_aud_rev_idx ON meetings_aud (rev);
