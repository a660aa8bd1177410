-- Resolutions and other documents of the party committees, their measurable targets, and the values reported
-- for indicator targets. Document types are data: a new type is a row, not a release.

CREATE TABLE document_types (
    code    varchar(10)  PRIMARY KEY,
    name    varchar(100) NOT NULL,
    name_en varchar(100) NOT NULL
);
-- Codes as they appear in document numbers (17-NQ/HU). Case matters: CTr and QyĐ are written so.
INSERT INTO document_types (code, name, name_en) VALUES
    ('NQ',  'Nghị quyết',  'Resolution'),
    ('KH',  'Kế hoạch',    'Plan'),
    ('CT',  'Chỉ thị',     'Directive'),
    ('KL',  'Kết luận',    'Conclusion'),
    ('TB',  'Thông báo',   'Notice'),
    ('HD',  'Hướng dẫn',   'Guideline'),
    ('QĐ',  'Quyết định',  'Decision'),
    ('BC',  'Báo cáo',     'Report'),
    ('CTr', 'Chương trình', 'Programme'),
    ('QC',  'Quy chế',     'Statute'),
    ('QyĐ', 'Quy định',    'Regulation');

CREATE TABLE resolutions (
    id                    uuid PRIMARY KEY,
    external_id           varchar(100),
    -- As written, e.g. 05-NQ/ĐU (NFC); sequence, type and issuer code are parsed from it.
    number                varchar(40)  NOT NULL,
    sequence              integer      NOT NULL CHECK (sequence > 0),
    document_type         varchar(10)  NOT NULL REFERENCES document_types (code),
    issuer_code           varchar(10)  NOT NULL,
    issuer_id             uuid         NOT NULL REFERENCES organizations (id),
    -- The issuing committee's term, e.g. 2020-2025: numbers restart in each.
    term                  varchar(9)   NOT NULL CHECK (term ~ '^[0-9]{4}-[0-9]{4}$'),
    issued_on             date         NOT NULL,
    title                 varchar(500) NOT NULL,
    -- The conference it came from (see the conferences feature); no foreign key until both are settled.
    conference_id         uuid,
    -- The subtree it applies to: the issuer or an organization below it.
    scope_organization_id uuid         NOT NULL REFERENCES organizations (id),
    effective_from        date         NOT NULL,
    -- Inclusive; null while it is in force indefinitely.
    effective_to          date,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
-- Numbers restart per document type in each term of the issuing committee.
CREATE UNIQUE INDEX resolutions_number_key ON resolutions (issuer_id, document_type, term, sequence);
CREATE UNIQUE INDEX resolutions_external_id_key ON resolutions (external_id);
CREATE INDEX resolutions_scope_idx ON resolutions (scope_organization_id);
CREATE INDEX resolutions_conference_idx ON resolutions (conference_id);
CREATE INDEX resolutions_effective_idx ON resolutions (effective_from, effective_to);
CREATE INDEX resolutions_updated_idx ON resolutions (updated_at);
CREATE INDEX resolutions_search_idx ON resolutions USING gin (nennep_fold(number || ' ' || title) gin_trgm_ops);

CREATE TABLE targets (
    id                 uuid PRIMARY KEY,
    external_id        varchar(100),
    resolution_id      uuid          NOT NULL REFERENCES resolutions (id),
    title              varchar(500)  NOT NULL,
    metric             varchar(30)   NOT NULL CHECK (metric IN ('ATTENDANCE_RATE', 'OPINION_COUNT', 'DURATION_MINUTES',
                                                                'THEMATIC_PER_QUARTER', 'INDICATOR')),
    comparator         varchar(3)    NOT NULL CHECK (comparator IN ('GTE', 'LTE')),
    threshold          numeric(14, 2) CHECK (threshold >= 0),
    -- Tiers by the branch's members on the roll, half-open [minMembers, maxMembers): a JSON array of
    -- {"minMembers", "maxMembers" (null = no bound), "threshold"}, contiguous from 0 (OPINION_COUNT only).
    tiers              jsonb         CHECK (tiers IS NULL OR jsonb_typeof(tiers) = 'array'),
    meeting_kind       varchar(20)   CHECK (meeting_kind IN ('REGULAR', 'THEMATIC', 'EXTRAORDINARY')),
    theme              varchar(255),
    unit               varchar(50),
    -- DURATION_MINUTES: the minimum when the regular and the thematic meeting are held together.
    combined_threshold numeric(14, 2) CHECK (combined_threshold >= 0),
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CHECK ((threshold IS NULL) <> (tiers IS NULL)),
    CHECK (tiers IS NULL OR metric = 'OPINION_COUNT'),
    CHECK (metric <> 'ATTENDANCE_RATE' OR threshold <= 100)
);
CREATE INDEX targets_resolution_idx ON targets (resolution_id, created_at);
CREATE UNIQUE INDEX targets_external_id_key ON targets (external_id);
-- One target per metric, meeting kind and theme in a resolution, so that "the most specific" is always one.
CREATE UNIQUE INDEX targets_specificity_key ON targets
    (resolution_id, metric, coalesce(meeting_kind, ''), coalesce(nennep_fold(theme), ''))
    WHERE metric <> 'INDICATOR';
CREATE INDEX targets_updated_idx ON targets (updated_at);

CREATE TABLE indicator_reports (
    id              uuid PRIMARY KEY,
    external_id     varchar(100),
    target_id       uuid           NOT NULL REFERENCES targets (id),
    organization_id uuid           NOT NULL REFERENCES organizations (id),
    period_start    date           NOT NULL,
    period_end      date           NOT NULL,
    value           numeric(14, 2) NOT NULL CHECK (value >= 0),
    evidence        text           NOT NULL,
    status          varchar(20)    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    return_reason   varchar(2000),
    -- Returned and not edited since: it must be revised before it is submitted again.
    awaiting_revision boolean      NOT NULL DEFAULT false,
    submitted_at    timestamptz,
    submitted_by    uuid,
    reviewed_at     timestamptz,
    reviewed_by     uuid,
    version         bigint         NOT NULL DEFAULT 0,
    created_at      timestamptz    NOT NULL,
    updated_at      timestamptz    NOT NULL,
    CHECK (period_end >= period_start),
    CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL)
);
CREATE UNIQUE INDEX indicator_reports_period_key ON indicator_reports (target_id, organization_id, period_start, period_end);
CREATE UNIQUE INDEX indicator_reports_external_id_key ON indicator_reports (external_id);
CREATE INDEX indicator_reports_organization_idx ON indicator_reports (organization_id);
CREATE INDEX indicator_reports_status_idx ON indicator_reports (status);
CREATE INDEX indicator_reports_updated_idx ON indicator_reports (updated_at);

-- Their audit trail (see V2).
CREATE TABLE resolutions_aud (
    id                    uuid     NOT NULL,
    rev                   bigint   NOT NULL REFERENCES revisions (id),
    revtype               smallint NOT NULL,
    external_id           varchar(100),
    number                varchar(40),
    sequence              integer,
    document_type         varchar(10),
    issuer_code           varchar(10),
    issuer_id             uuid,
    term                  varchar(9),
    issued_on             date,
    title                 varchar(500),
    conference_id         uuid,
    scope_organization_id uuid,
    effective_from        date,
    effective_to          date,
    created_at            timestamptz,
    updated_at            timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX resolutions_aud_rev_idx ON resolutions_aud (rev);

CREATE TABLE targets_aud (
    id                 uuid     NOT NULL,
    rev                bigint   NOT NULL REFERENCES revisions (id),
    revtype            smallint NOT NULL,
    external_id        varchar(100),
    resolution_id      uuid,
    title              varchar(500),
    metric             varchar(30),
    comparator         varchar(3),
    threshold          numeric(14, 2),
    tiers              jsonb,
    meeting_kind       varchar(20),
    theme              varchar(255),
    unit               varchar(50),
    combined_threshold numeric(14, 2),
    created_at         timestamptz,
    updated_at         timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX targets_aud_rev_idx ON targets_aud (rev);

CREATE TABLE indicator_reports_aud (
    id               uuid     NOT NULL,
    rev              bigint   NOT NULL REFERENCES revisions (id),
    revtype          smallint NOT NULL,
    external_id      varchar(100),
    target_id        uuid,
    organization_id  uuid,
    period_start     date,
    period_end       date,
    value            numeric(14, 2),
    evidence         text,
    status           varchar(20),
    return_reason    varchar(2000),
    awaiting_revision boolean,
    submitted_at     timestamptz,
    submitted_by     uuid,
    reviewed_at      timestamptz,
    reviewed_by      uuid,
    created_at       timestamptz,
    updated_at       timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX indicator_reports_aud_rev_idx ON indicator_reports_aud (rev);
