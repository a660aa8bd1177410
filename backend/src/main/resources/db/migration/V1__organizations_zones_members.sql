-- Nền nếp: the party tree (organizations), zones of grassroots committees, and branch rosters.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Folds text for diacritic- and case-insensitive search: "Đảng ủy Nam Sách" -> "dang uy nam sach".
-- đ/Đ are translated explicitly: not every unaccent rules file treats them as accented letters.
-- IMMUTABLE (unaccent itself is only STABLE) so that expression indexes can use it.
CREATE FUNCTION nennep_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(value, 'đĐ', 'dD'))) $$;

CREATE TABLE organizations (
    id                    uuid PRIMARY KEY,
    external_id           varchar(100),
    code                  varchar(50)  NOT NULL,
    name                  varchar(255) NOT NULL,
    type                  varchar(20)  NOT NULL
        CHECK (type IN ('PROVINCE', 'DISTRICT', 'GRASSROOTS', 'BRANCH', 'DEPARTMENT')),
    parent_id             uuid REFERENCES organizations (id),
    -- Materialized path of ids from the root, '/<root>/<child>/.../<self>/': subtree = prefix match.
    path                  text         NOT NULL,
    zone_id               uuid,
    -- Members declared for a branch without a roster (e.g. copied from a paper minutes book).
    declared_member_count integer CHECK (declared_member_count >= 0),
    -- Members on the roster, kept by the roster's own writes.
    roster_count          integer      NOT NULL DEFAULT 0 CHECK (roster_count >= 0),
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX organizations_code_key ON organizations (lower(code));
CREATE UNIQUE INDEX organizations_external_id_key ON organizations (external_id);
CREATE INDEX organizations_parent_idx ON organizations (parent_id);
CREATE INDEX organizations_path_idx ON organizations (path text_pattern_ops);
CREATE INDEX organizations_zone_idx ON organizations (zone_id);
CREATE INDEX organizations_updated_idx ON organizations (updated_at);
CREATE INDEX organizations_search_idx ON organizations USING gin (nennep_fold(name || ' ' || code) gin_trgm_ops);

CREATE TABLE zones (
    id          uuid PRIMARY KEY,
    external_id varchar(100),
    name        varchar(255) NOT NULL,
    district_id uuid         NOT NULL REFERENCES organizations (id),
    head_name   varchar(255),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
CREATE UNIQUE INDEX zones_external_id_key ON zones (external_id);
CREATE UNIQUE INDEX zones_district_name_key ON zones (district_id, lower(name));
CREATE INDEX zones_updated_idx ON zones (updated_at);
CREATE INDEX zones_search_idx ON zones USING gin (nennep_fold(name) gin_trgm_ops);

ALTER TABLE organizations
    ADD CONSTRAINT organizations_zone_fk FOREIGN KEY (zone_id) REFERENCES zones (id) ON DELETE SET NULL;

CREATE TABLE members (
    id              uuid PRIMARY KEY,
    external_id     varchar(100),
    organization_id uuid         NOT NULL REFERENCES organizations (id),
    full_name       varchar(255) NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('FULL', 'PROBATIONARY')),
    exempt          boolean      NOT NULL DEFAULT false,
    exempt_reason   varchar(500),
    joined_on       date,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE UNIQUE INDEX members_external_id_key ON members (external_id);
CREATE INDEX members_organization_idx ON members (organization_id, full_name);
CREATE INDEX members_updated_idx ON members (updated_at);
CREATE INDEX members_search_idx ON members USING gin (nennep_fold(full_name) gin_trgm_ops);
