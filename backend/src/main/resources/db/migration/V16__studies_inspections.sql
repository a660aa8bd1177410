-- Nền nếp: the fifth process (seed 004, Triệu Sơn). A committee's study plan (KH) for a document (usually from above),
-- the study sessions held under it (in person, online through bridge points, or both, or by radio) with the remarks
-- made after each, every grassroots organization's action plan for the document, and the inspections (kiểm tra,
-- giám sát) that check how the documents are carried out, with their findings, conclusion (KL) and remedies.
-- Lists inside a record (levels, presenters, bridge points, team, findings, remedies) are jsonb arrays, as a
-- conference's sites are; the reports read them with jsonb_array_elements.

CREATE TABLE study_plans (
    id                     uuid PRIMARY KEY,
    external_id            varchar(100),
    -- The committee that plans (the district), and the document studied.
    organization_id        uuid         NOT NULL REFERENCES organizations (id),
    resolution_id          uuid         NOT NULL REFERENCES resolutions (id),
    -- The plan's own number, a KH document of the planning committee ("199-KH/HU").
    number                 varchar(50)  NOT NULL,
    issued_on              date         NOT NULL,
    title                  varchar(500) NOT NULL,
    -- Whose grassroots organizations study the document and submit an action plan (the planner's subtree by default).
    scope_organization_id  uuid         NOT NULL REFERENCES organizations (id),
    -- [{"audience": "KEY_CADRES", "dueOn": "2024-03-15"}, ...]: which levels study it and by when.
    levels                 jsonb        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(levels) = 'array'),
    -- [{"fullName": "...", "position": "..."}, ...]: the presenters (báo cáo viên).
    presenters             jsonb        NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(presenters) = 'array'),
    action_plans_due_on    date         NOT NULL,
    status                 varchar(20)  NOT NULL
        CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    search_text            text         NOT NULL DEFAULT '',
    version                bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL
);
CREATE UNIQUE INDEX study_plans_external_id_key ON study_plans (external_id);
-- One plan per committee and document; a committee's plan numbers are its own.
CREATE UNIQUE INDEX study_plans_document_key ON study_plans (organization_id, resolution_id);
CREATE UNIQUE INDEX study_plans_number_key ON study_plans (organization_id, lower(number));
CREATE INDEX study_plans_resolution_idx ON study_plans (resolution_id);
CREATE INDEX study_plans_updated_idx ON study_plans (updated_at);
CREATE INDEX study_plans_search_idx ON study_plans USING gin (search_text gin_trgm_ops);

CREATE TABLE action_plans (
    id                  uuid PRIMARY KEY,
    external_id         varchar(100),
    study_plan_id       uuid          NOT NULL REFERENCES study_plans (id),
    resolution_id       uuid          NOT NULL REFERENCES resolutions (id),
    -- The grassroots organization whose plan it is.
    organization_id     uuid          NOT NULL REFERENCES organizations (id),
    due_on              date          NOT NULL,
    status              varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    -- The submitted plan's number ("12-KH/ĐU") and title; kept when it is returned, replaced when resubmitted.
    document_number     varchar(50),
    title               varchar(500),
    -- The first submission decides on time or late; the latest is submitted_on.
    first_submitted_on  date,
    submitted_on        date,
    reviewed_on         date,
    return_reason       varchar(2000),
    version             bigint        NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    CHECK (status = 'PENDING' OR (document_number IS NOT NULL AND submitted_on IS NOT NULL
                                  AND first_submitted_on IS NOT NULL)),
    CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL)
);
CREATE UNIQUE INDEX action_plans_external_id_key ON action_plans (external_id);
-- A second action plan for the same organization and document is refused.
CREATE UNIQUE INDEX action_plans_document_key ON action_plans (organization_id, resolution_id);
CREATE INDEX action_plans_study_plan_idx ON action_plans (study_plan_id);
CREATE INDEX action_plans_resolution_idx ON action_plans (resolution_id);
CREATE INDEX action_plans_updated_idx ON action_plans (updated_at);

CREATE TABLE study_sessions (
    id                   uuid PRIMARY KEY,
    external_id          varchar(100),
    study_plan_id        uuid          NOT NULL REFERENCES study_plans (id),
    -- The organization of the tree that holds it (the district for its committee, departments and mass
    -- organizations; a grassroots organization for its own), and who organizes it.
    organization_id      uuid          NOT NULL REFERENCES organizations (id),
    organizer_kind       varchar(30)   NOT NULL CHECK (organizer_kind IN
        ('STANDING_COMMITTEE', 'PROPAGANDA_DEPARTMENT', 'MASS_ORGANIZATION', 'GRASSROOTS_COMMITTEE')),
    organizer_name       varchar(200),
    audience             varchar(30)   NOT NULL CHECK (audience IN
        ('KEY_CADRES', 'REPORTERS_COMMENTATORS', 'MASS_ORGANIZATION_MEMBERS', 'ALL_MEMBERS')),
    format               varchar(20)   NOT NULL CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID', 'BROADCAST')),
    title                varchar(500)  NOT NULL,
    place                varchar(300),
    presenter_name       varchar(200),
    starts_at            timestamptz   NOT NULL,
    ends_at              timestamptz   NOT NULL,
    in_person_expected   integer       CHECK (in_person_expected >= 0),
    in_person_attended   integer       CHECK (in_person_attended >= 0),
    -- [{"name": "...", "hostOrganizationId": "...", "expected": 40, "attended": 40}, ...]
    bridge_points        jsonb         NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(bridge_points) = 'array')
        CHECK (NOT jsonb_path_exists(bridge_points, '$[*] ? (@.expected < 0 || @.attended < 0)')),
    -- Computed by the application from the counts above, never typed; stored for the reports.
    expected_total       integer       NOT NULL DEFAULT 0,
    attended_total       integer       NOT NULL DEFAULT 0,
    participation_rate   numeric(5, 1),
    search_text          text          NOT NULL DEFAULT '',
    version              bigint        NOT NULL DEFAULT 0,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE UNIQUE INDEX study_sessions_external_id_key ON study_sessions (external_id);
CREATE INDEX study_sessions_plan_idx ON study_sessions (study_plan_id, starts_at);
CREATE INDEX study_sessions_organization_idx ON study_sessions (organization_id, starts_at);
CREATE INDEX study_sessions_updated_idx ON study_sessions (updated_at);
CREATE INDEX study_sessions_search_idx ON study_sessions USING gin (search_text gin_trgm_ops);

-- Remarks after a session: against an organization, or a member of it (by roster id, or by name when not rostered).
CREATE TABLE study_remarks (
    id               uuid PRIMARY KEY,
    external_id      varchar(100),
    session_id       uuid           NOT NULL REFERENCES study_sessions (id),
    organization_id  uuid           NOT NULL REFERENCES organizations (id),
    member_id        uuid           REFERENCES members (id),
    person_name      varchar(200),
    kind             varchar(30)    NOT NULL CHECK (kind IN
        ('LATE', 'INCOMPLETE_ATTENDANCE', 'NOT_SERIOUS', 'ABSENT_WITHOUT_LEAVE', 'PRAISED')),
    text             varchar(2000)  NOT NULL,
    version          bigint         NOT NULL DEFAULT 0,
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    CHECK (member_id IS NULL OR person_name IS NULL)
);
CREATE UNIQUE INDEX study_remarks_external_id_key ON study_remarks (external_id);
CREATE INDEX study_remarks_session_idx ON study_remarks (session_id, created_at);
CREATE INDEX study_remarks_organization_idx ON study_remarks (organization_id);
CREATE INDEX study_remarks_member_idx ON study_remarks (member_id) WHERE member_id IS NOT NULL;

CREATE TABLE inspections (
    id                        uuid PRIMARY KEY,
    external_id               varchar(100),
    -- The committee that decides the inspection (its Standing Committee).
    organization_id           uuid          NOT NULL REFERENCES organizations (id),
    kind                      varchar(20)   NOT NULL CHECK (kind IN ('INSPECTION', 'SUPERVISION')),
    -- The inspection plan's number ("12-KH/HU").
    plan_number               varchar(50)   NOT NULL,
    title                     varchar(500)  NOT NULL,
    -- ["uuid", ...]: the organizations inspected (at least one) and the documents whose carrying out is checked.
    subject_organization_ids  jsonb         NOT NULL CHECK (jsonb_typeof(subject_organization_ids) = 'array'),
    resolution_ids            jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(resolution_ids) = 'array'),
    -- [{"fullName": "...", "position": "...", "role": "HEAD"}, ...]: exactly one HEAD.
    team                      jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(team) = 'array'),
    planned_from              date          NOT NULL,
    planned_to                date          NOT NULL,
    started_on                date,
    ended_on                  date,
    status                    varchar(20)   NOT NULL
        CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CLOSED', 'CANCELLED')),
    -- [{"area": "ACTION_PLAN", "organizationId": "...", "rating": "SHORTCOMINGS", "text": "..."}, ...]
    findings                  jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(findings) = 'array'),
    -- The conclusion, a KL document of the deciding committee ("47-KL/HU").
    conclusion_number         varchar(50),
    conclusion_issued_on      date,
    conclusion_text           text,
    -- [{"organizationId": "...", "text": "...", "dueOn": "...", "status": "OPEN", "doneOn": null,
    --   "waivedReason": null}, ...]
    remedies                  jsonb         NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(remedies) = 'array'),
    closed_on                 date,
    search_text               text          NOT NULL DEFAULT '',
    version                   bigint        NOT NULL DEFAULT 0,
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    CHECK (planned_to >= planned_from)
);
CREATE UNIQUE INDEX inspections_external_id_key ON inspections (external_id);
CREATE UNIQUE INDEX inspections_plan_number_key ON inspections (organization_id, lower(plan_number), kind);
CREATE INDEX inspections_organization_idx ON inspections (organization_id, planned_from);
CREATE INDEX inspections_subjects_idx ON inspections USING gin (subject_organization_ids jsonb_path_ops);
CREATE INDEX inspections_updated_idx ON inspections (updated_at);
CREATE INDEX inspections_search_idx ON inspections USING gin (search_text gin_trgm_ops);

-- Their audit trail (see V2).
CREATE TABLE study_plans_aud (
    id                     uuid     NOT NULL,
    rev                    bigint   NOT NULL REFERENCES revisions (id),
    revtype                smallint NOT NULL,
    external_id            varchar(100),
    organization_id        uuid,
    resolution_id          uuid,
    number                 varchar(50),
    issued_on              date,
    title                  varchar(500),
    scope_organization_id  uuid,
    levels                 jsonb,
    presenters             jsonb,
    action_plans_due_on    date,
    status                 varchar(20),
    created_at             timestamptz,
    updated_at             timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX study_plans_aud_rev_idx ON study_plans_aud (rev);

CREATE TABLE action_plans_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revisions (id),
    revtype             smallint NOT NULL,
    external_id         varchar(100),
    study_plan_id       uuid,
    resolution_id       uuid,
    organization_id     uuid,
    due_on              date,
    status              varchar(20),
    document_number     varchar(50),
    title               varchar(500),
    first_submitted_on  date,
    submitted_on        date,
    reviewed_on         date,
    return_reason       varchar(2000),
    created_at          timestamptz,
    updated_at          timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX action_plans_aud_rev_idx ON action_plans_aud (rev);

CREATE TABLE study_sessions_aud (
    id                   uuid     NOT NULL,
    rev                  bigint   NOT NULL REFERENCES revisions (id),
    revtype              smallint NOT NULL,
    external_id          varchar(100),
    study_plan_id        uuid,
    organization_id      uuid,
    organizer_kind       varchar(30),
    organizer_name       varchar(200),
    audience             varchar(30),
    format               varchar(20),
    title                varchar(500),
    place                varchar(300),
    presenter_name       varchar(200),
    starts_at            timestamptz,
    ends_at              timestamptz,
    in_person_expected   integer,
    in_person_attended   integer,
    bridge_points        jsonb,
    expected_total       integer,
    attended_total       integer,
    participation_rate   numeric(5, 1),
    created_at           timestamptz,
    updated_at           timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX study_sessions_aud_rev_idx ON study_sessions_aud (rev);

CREATE TABLE study_remarks_aud (
    id               uuid     NOT NULL,
    rev              bigint   NOT NULL REFERENCES revisions (id),
    revtype          smallint NOT NULL,
    external_id      varchar(100),
    session_id       uuid,
    organization_id  uuid,
    member_id        uuid,
    person_name      varchar(200),
    kind             varchar(30),
    text             varchar(2000),
    created_at       timestamptz,
    updated_at       timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX study_remarks_aud_rev_idx ON study_remarks_aud (rev);

CREATE TABLE inspections_aud (
    id                        uuid     NOT NULL,
    rev                       bigint   NOT NULL REFERENCES revisions (id),
    revtype                   smallint NOT NULL,
    external_id               varchar(100),
    organization_id           uuid,
    kind                      varchar(20),
    plan_number               varchar(50),
    title                     varchar(500),
    subject_organization_ids  jsonb,
    resolution_ids            jsonb,
    team                      jsonb,
    planned_from              date,
    planned_to                date,
    started_on                date,
    ended_on                  date,
    status                    varchar(20),
    findings                  jsonb,
    conclusion_number         varchar(50),
    conclusion_issued_on      date,
    conclusion_text           text,
    remedies                  jsonb,
    closed_on                 date,
    created_at                timestamptz,
    updated_at                timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX inspections_aud_rev_idx ON inspections_aud (rev);

-- The change feed (see V11): each is read as its anchor organization is (ANCHORED): a plan and a session by the
-- organization holding it, an action plan by its grassroots organization, a remark by the organization it is about,
-- an inspection by the deciding committee.
CREATE FUNCTION change_capture_study_plans() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'study-plans', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/study-plans/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER study_plans_aud_change_feed
    AFTER INSERT ON study_plans_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_study_plans();

CREATE FUNCTION change_capture_action_plans() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'action-plans', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/action-plans/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER action_plans_aud_change_feed
    AFTER INSERT ON action_plans_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_action_plans();

CREATE FUNCTION change_capture_study_sessions() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'study-sessions', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/study-sessions/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER study_sessions_aud_change_feed
    AFTER INSERT ON study_sessions_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_study_sessions();

CREATE FUNCTION change_capture_study_remarks() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'study-remarks', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/study-sessions/', n.session_id, '/remarks/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER study_remarks_aud_change_feed
    AFTER INSERT ON study_remarks_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_study_remarks();

CREATE FUNCTION change_capture_inspections() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'inspections', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/inspections/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER inspections_aud_change_feed
    AFTER INSERT ON inspections_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_inspections();
