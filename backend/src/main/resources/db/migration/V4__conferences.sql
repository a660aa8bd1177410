-- Nền nếp: thematic conferences, seminars and contests (hội nghị chuyên đề, tọa đàm, hội thi) that a district or
-- grassroots committee holds on a hard issue (việc khó, điểm nghẽn), and the follow-ups recorded afterwards.
-- A conference's field survey is three text columns; its sites (an event held at several places, each with its
-- own counts) are a small JSON array on the row, always read with it. Resolutions point at conferences (V5).

CREATE TABLE conferences (
    id                  uuid PRIMARY KEY,
    external_id         varchar(100),
    organizer_id        uuid         NOT NULL REFERENCES organizations (id),
    kind                varchar(20)  NOT NULL CHECK (kind IN ('THEMATIC', 'SEMINAR', 'CONTEST')),
    title               varchar(500) NOT NULL,
    problem             text         NOT NULL,
    status              varchar(20)  NOT NULL
        CHECK (status IN ('PROPOSED', 'SURVEYED', 'SCHEDULED', 'HELD', 'RESOLUTION_ISSUED', 'FOLLOW_UP', 'CLOSED',
                          'CANCELLED')),
    scheduled_on        date,
    held_on             date,
    survey_achievements text,
    survey_limitations  text,
    survey_causes       text,
    -- [{"name": "Hội trường UBND huyện", "participants": 128, "opinions": 12}, ...]
    sites               jsonb        NOT NULL DEFAULT '[]'
        CHECK (jsonb_typeof(sites) = 'array')
        CHECK (NOT jsonb_path_exists(sites, '$[*] ? (@.participants < 0 || @.opinions < 0)')),
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CHECK (held_on IS NULL OR scheduled_on IS NULL OR held_on >= scheduled_on)
);
CREATE UNIQUE INDEX conferences_external_id_key ON conferences (external_id);
CREATE INDEX conferences_organizer_idx ON conferences (organizer_id);
CREATE INDEX conferences_held_idx ON conferences (held_on);
CREATE INDEX conferences_updated_idx ON conferences (updated_at);
CREATE INDEX conferences_search_idx ON conferences USING gin (nennep_fold(title || ' ' || problem) gin_trgm_ops);

-- Problems found after the conference and the solutions found for them; append-only.
CREATE TABLE conference_follow_ups (
    id            uuid PRIMARY KEY,
    external_id   varchar(100),
    conference_id uuid        NOT NULL REFERENCES conferences (id),
    recorded_on   date        NOT NULL,
    problems      text        NOT NULL,
    solutions     text        NOT NULL,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE UNIQUE INDEX conference_follow_ups_external_id_key ON conference_follow_ups (external_id);
CREATE INDEX conference_follow_ups_conference_idx ON conference_follow_ups (conference_id, recorded_on, created_at);

CREATE TABLE conferences_aud (
    id                  uuid     NOT NULL,
    rev                 bigint   NOT NULL REFERENCES revisions (id),
    revtype             smallint NOT NULL,
    external_id         varchar(100),
    organizer_id        uuid,
    kind                varchar(20),
    title               varchar(500),
    problem             text,
    status              varchar(20),
    scheduled_on        date,
    held_on             date,
    survey_achievements text,
    survey_limitations  text,
    survey_causes       text,
    sites               jsonb,
    created_at          timestamptz,
    updated_at          timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX conferences_aud_rev_idx ON conferences_aud (rev);

CREATE TABLE conference_follow_ups_aud (
    id            uuid     NOT NULL,
    rev           bigint   NOT NULL REFERENCES revisions (id),
    revtype       smallint NOT NULL,
    external_id   varchar(100),
    conference_id uuid,
    recorded_on   date,
    problems      text,
    solutions     text,
    created_at    timestamptz,
    updated_at    timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX conference_follow_ups_aud_rev_idx ON conference_follow_ups_aud (rev);
