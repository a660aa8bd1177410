-- Monthly zone briefings (hội nghị giao ban) and the recommendations (kiến nghị, đề xuất) raised at them, each a
-- thread of append-only entries: RAISED → FORWARDED → ANSWERED → (REANSWER_REQUESTED → ANSWERED)* → ACCEPTED →
-- PUBLISHED → RESOLVED, comments anywhere. A recommendation's status is the type of its last state-changing entry,
-- kept on the row in the same transaction so that lists filter and sort in SQL. Accepted answers are published in a
-- numbered notice (a TB document in `resolutions`) for the zone heads. Seed 002 (Gia Lộc).

-- The eight fields of seed 002 and how long the addressed body has to answer, by default: data, not code.
CREATE TABLE recommendation_fields (
    code     varchar(40)  PRIMARY KEY,
    position integer      NOT NULL UNIQUE,
    name     varchar(255) NOT NULL,
    name_en  varchar(255) NOT NULL,
    due_days integer      NOT NULL CHECK (due_days BETWEEN 1 AND 366)
);
INSERT INTO recommendation_fields (code, position, name, name_en, due_days) VALUES
    ('AGRICULTURE', 1, 'Sản xuất nông nghiệp', 'Agricultural production', 30),
    ('INDUSTRY_SERVICES_INFRASTRUCTURE', 2, 'Công nghiệp - dịch vụ - xây dựng kết cấu hạ tầng',
        'Industry, services, infrastructure', 30),
    ('POLICY_BENEFITS', 3, 'Chế độ chính sách', 'Policies and benefits', 30),
    ('LAND_MANAGEMENT', 4, 'Quản lý đất đai', 'Land management', 60),
    ('CULTURE_SOCIETY', 5, 'Văn hóa - xã hội', 'Culture and society', 30),
    ('SECURITY_DEFENCE', 6, 'An ninh - quốc phòng', 'Security and defence', 30),
    ('PARTY_GOVERNMENT_BUILDING', 7, 'Xây dựng Đảng, chính quyền, đoàn thể - tổ chức cán bộ',
        'Party, government and mass-organization building, personnel', 30),
    ('OTHER', 8, 'Những vấn đề khác', 'Other', 30);

CREATE TABLE briefings (
    id                   uuid PRIMARY KEY,
    external_id          varchar(100),
    zone_id              uuid        NOT NULL REFERENCES zones (id),
    host_organization_id uuid        NOT NULL REFERENCES organizations (id),
    -- The first day of the briefing's month (local calendar).
    month                date        NOT NULL CHECK (extract(day FROM month) = 1),
    held_on              date        NOT NULL,
    -- [{"fullName": "...", "position": "...", "organizationId": "..."}, ...]
    attendees            jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attendees) = 'array'),
    version              bigint      NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    -- Monthly, between the 5th and the 10th (seed 002).
    CHECK (date_trunc('month', held_on)::date = month AND extract(day FROM held_on) BETWEEN 5 AND 10)
);
CREATE UNIQUE INDEX briefings_zone_month_key ON briefings (zone_id, month);
CREATE UNIQUE INDEX briefings_external_id_key ON briefings (external_id);
CREATE INDEX briefings_host_idx ON briefings (host_organization_id);
CREATE INDEX briefings_held_idx ON briefings (held_on);
CREATE INDEX briefings_updated_idx ON briefings (updated_at);

CREATE TABLE recommendations (
    id             uuid PRIMARY KEY,
    external_id    varchar(100),
    briefing_id    uuid         NOT NULL REFERENCES briefings (id),
    -- A branch or grassroots committee of the briefing's zone.
    raised_by_id   uuid         NOT NULL REFERENCES organizations (id),
    -- A department or a grassroots committee of the district.
    addressee_id   uuid         NOT NULL REFERENCES organizations (id),
    field          varchar(40)  NOT NULL REFERENCES recommendation_fields (code),
    title          varchar(500) NOT NULL,
    content        text         NOT NULL,
    status         varchar(30)  NOT NULL CHECK (status IN ('RAISED', 'FORWARDED', 'ANSWERED', 'REANSWER_REQUESTED',
                                                           'ACCEPTED', 'PUBLISHED', 'RESOLVED')),
    due_on         date         NOT NULL,
    -- Kept with the entries, in the same transaction: re-answer requests so far, and the thread's length.
    reanswer_count integer      NOT NULL DEFAULT 0 CHECK (reanswer_count >= 0),
    entry_count    integer      NOT NULL DEFAULT 0 CHECK (entry_count >= 0),
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL
);
CREATE UNIQUE INDEX recommendations_external_id_key ON recommendations (external_id);
CREATE INDEX recommendations_briefing_idx ON recommendations (briefing_id, status);
CREATE INDEX recommendations_raised_by_idx ON recommendations (raised_by_id);
-- The overdue list of one addressee: status and due date.
CREATE INDEX recommendations_addressee_idx ON recommendations (addressee_id, status, due_on);
CREATE INDEX recommendations_status_due_idx ON recommendations (status, due_on);
CREATE INDEX recommendations_updated_idx ON recommendations (updated_at);
CREATE INDEX recommendations_search_idx ON recommendations USING gin (nennep_fold(title || ' ' || content) gin_trgm_ops);

-- A publication: the accepted answers of one briefing compiled into a numbered notice (the document itself is a
-- row of `resolutions`, type TB, issued by the district), sent to the zone heads and announced at the next briefing.
CREATE TABLE recommendation_publications (
    id           uuid PRIMARY KEY,
    external_id  varchar(100),
    briefing_id  uuid        NOT NULL REFERENCES briefings (id),
    document_id  uuid        NOT NULL REFERENCES resolutions (id),
    published_by uuid,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX recommendation_publications_document_key ON recommendation_publications (document_id);
CREATE UNIQUE INDEX recommendation_publications_external_id_key ON recommendation_publications (external_id);
CREATE INDEX recommendation_publications_briefing_idx ON recommendation_publications (briefing_id);

-- The thread. Append-only: nothing here is ever changed or deleted (the trigger below refuses it); a correction is a
-- new entry. seq numbers the entries of one thread from 1.
CREATE TABLE recommendation_entries (
    id                     uuid PRIMARY KEY,
    recommendation_id      uuid        NOT NULL REFERENCES recommendations (id),
    seq                    integer     NOT NULL CHECK (seq > 0),
    type                   varchar(30) NOT NULL CHECK (type IN ('RAISED', 'FORWARDED', 'ANSWERED', 'REANSWER_REQUESTED',
                                                                'ACCEPTED', 'PUBLISHED', 'RESOLVED', 'COMMENT')),
    -- The account that wrote it (null: the system, e.g. demo data), its name and organization at the time.
    author_id              uuid,
    author_name            varchar(255),
    author_organization_id uuid REFERENCES organizations (id),
    at                     timestamptz NOT NULL,
    body                   text,
    -- The written answer's number (ANSWERED), the notice's (PUBLISHED), any other document cited.
    document_number        varchar(100),
    -- FORWARDED: the body it was sent to.
    addressee_id           uuid REFERENCES organizations (id),
    -- PUBLISHED: the publication.
    publication_id         uuid REFERENCES recommendation_publications (id),
    CHECK (type <> 'PUBLISHED' OR publication_id IS NOT NULL)
);
CREATE UNIQUE INDEX recommendation_entries_seq_key ON recommendation_entries (recommendation_id, seq);
CREATE INDEX recommendation_entries_type_idx ON recommendation_entries (type, at);
CREATE INDEX recommendation_entries_publication_idx ON recommendation_entries (publication_id);

CREATE FUNCTION recommendation_entries_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'recommendation_entries is append-only: % refused', TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$;
CREATE TRIGGER recommendation_entries_no_update_delete
    BEFORE UPDATE OR DELETE ON recommendation_entries
    FOR EACH ROW EXECUTE FUNCTION recommendation_entries_append_only();
CREATE TRIGGER recommendation_entries_no_truncate
    BEFORE TRUNCATE ON recommendation_entries
    FOR EACH STATEMENT EXECUTE FUNCTION recommendation_entries_append_only();

-- Their audit trail (see V2); entries need none, they are their own history.
CREATE TABLE briefings_aud (
    id                   uuid     NOT NULL,
    rev                  bigint   NOT NULL REFERENCES revisions (id),
    revtype              smallint NOT NULL,
    external_id          varchar(100),
    zone_id              uuid,
    host_organization_id uuid,
    month                date,
    held_on              date,
    attendees            jsonb,
    created_at           timestamptz,
    updated_at           timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX briefings_aud_rev_idx ON briefings_aud (rev);

CREATE TABLE recommendations_aud (
    id             uuid     NOT NULL,
    rev            bigint   NOT NULL REFERENCES revisions (id),
    revtype        smallint NOT NULL,
    external_id    varchar(100),
    briefing_id    uuid,
    raised_by_id   uuid,
    addressee_id   uuid,
    field          varchar(40),
    title          varchar(500),
    content        text,
    status         varchar(30),
    due_on         date,
    reanswer_count integer,
    entry_count    integer,
    created_at     timestamptz,
    updated_at     timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX recommendations_aud_rev_idx ON recommendations_aud (rev);
