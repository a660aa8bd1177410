-- Nền nếp: the change feed (GET /api/v1/changes). A transactional outbox: every row Envers (or any SQL, e.g. a bulk
-- import) writes into an audited table's <table>_aud copy adds, in the same transaction, one row here, by a
-- statement-level trigger over the statement's transition table (one INSERT ... SELECT per statement, so bulk aud
-- inserts stay cheap). Rows arrive with seq NULL; the application's assigner (ChangeSequencer), serialized by a
-- transaction-level advisory lock, numbers the committed unnumbered rows in insertion order and commits. Only
-- committed rows are visible to it and assigners run one at a time, so seq order is commit order and a reader that
-- has seen seq N has seen every row below N: a cursor over seq never skips or repeats a change.
--
-- Scoping, as reading the resource itself (auth/Access): each row keeps the materialized path of the organization
-- the resource hangs on at the time of the change (rebuilt from organizations_aud when the organization is gone) and
-- how that path is read:
--   SUBTREE        the caller's subtree contains path (organizations, meetings)
--   ROSTER         as SUBTREE, and the caller may read member names (members)
--   ANCHORED       path is above, at or below the caller's organization (zones, conferences, follow-ups,
--                  resolutions, targets, briefings)
--   BOTH_ANCHORED  ANCHORED for path (the reporting organization) and for other_path (the resolution's scope)
--   EITHER         the caller's subtree contains path (raiser) or other_path (addressee) (recommendations)
--   ADMIN          system administrators only (users, api-clients)
-- A null path is seen by system administrators only.

CREATE TABLE change_outbox (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seq         bigint,
    resource    varchar(30)  NOT NULL,
    resource_id uuid         NOT NULL,
    operation   varchar(6)   NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
    at          timestamptz  NOT NULL,
    rev         bigint       NOT NULL,
    href        varchar(300) NOT NULL,
    visibility  varchar(15)  NOT NULL
        CHECK (visibility IN ('SUBTREE', 'ROSTER', 'ANCHORED', 'BOTH_ANCHORED', 'EITHER', 'ADMIN')),
    path        text,
    other_path  text
);
-- The readers' range scan (seq > :after ORDER BY seq) and the assigner's "highest so far"; unnumbered rows are left
-- out, so that a writer's insert touches one index fewer.
CREATE UNIQUE INDEX change_outbox_seq_key ON change_outbox (seq) WHERE seq IS NOT NULL;
-- The assigner's work list: small, since rows leave it within seconds.
CREATE INDEX change_outbox_unsequenced_idx ON change_outbox (id) WHERE seq IS NULL;

CREATE FUNCTION change_operation(revtype smallint) RETURNS varchar
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE revtype WHEN 0 THEN 'CREATE' WHEN 1 THEN 'UPDATE' ELSE 'DELETE' END $$;

-- An organization's path; when the row is gone, rebuilt from its last audited parent (recursively). Null when the
-- organization was never known.
CREATE FUNCTION change_org_path(org uuid) RETURNS text
    LANGUAGE plpgsql STABLE
AS $$
DECLARE
    found_path text;
    parent     uuid;
BEGIN
    IF org IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT o.path INTO found_path FROM organizations o WHERE o.id = org;
    IF found_path IS NOT NULL THEN
        RETURN found_path;
    END IF;
    SELECT a.parent_id INTO parent FROM organizations_aud a WHERE a.id = org ORDER BY a.rev DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF parent IS NULL THEN
        RETURN '/' || org || '/';
    END IF;
    RETURN change_org_path(parent) || org || '/';
END
$$;

-- The organization (or parent) a resource hangs on, from the live row or else its last audited state.
CREATE FUNCTION change_zone_district(zone uuid) RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT district_id FROM zones WHERE id = zone),
                      (SELECT district_id FROM zones_aud WHERE id = zone ORDER BY rev DESC LIMIT 1)) $$;

CREATE FUNCTION change_conference_organizer(conference uuid) RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT organizer_id FROM conferences WHERE id = conference),
                      (SELECT organizer_id FROM conferences_aud WHERE id = conference ORDER BY rev DESC LIMIT 1)) $$;

CREATE FUNCTION change_resolution_scope(resolution uuid) RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT scope_organization_id FROM resolutions WHERE id = resolution),
                      (SELECT scope_organization_id FROM resolutions_aud WHERE id = resolution
                       ORDER BY rev DESC LIMIT 1)) $$;

CREATE FUNCTION change_target_resolution(target uuid) RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT coalesce((SELECT resolution_id FROM targets WHERE id = target),
                      (SELECT resolution_id FROM targets_aud WHERE id = target ORDER BY rev DESC LIMIT 1)) $$;

-- One capturing function and one statement-level trigger per audited table: one set-based INSERT ... SELECT per
-- statement. The organization a row hangs on is joined once per statement; change_org_path only rebuilds the path of
-- one that is gone. No ordering inside a statement: its rows commit together.
CREATE FUNCTION change_capture_organizations() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'organizations', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/organizations/', n.id), 'SUBTREE', coalesce(o.path, change_org_path(n.id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_aud_change_feed
    AFTER INSERT ON organizations_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_organizations();

CREATE FUNCTION change_capture_zones() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'zones', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/zones/', n.id), 'ANCHORED', change_org_path(change_zone_district(n.id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER zones_aud_change_feed
    AFTER INSERT ON zones_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_zones();

CREATE FUNCTION change_capture_members() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'members', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/organizations/', n.organization_id, '/members/', n.id), 'ROSTER', coalesce(o.path, change_org_path(n.organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER members_aud_change_feed
    AFTER INSERT ON members_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_members();

CREATE FUNCTION change_capture_conferences() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'conferences', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/conferences/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.organizer_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organizer_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER conferences_aud_change_feed
    AFTER INSERT ON conferences_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_conferences();

CREATE FUNCTION change_capture_conference_follow_ups() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'follow-ups', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/conferences/', n.conference_id, '/follow-ups/', n.id), 'ANCHORED', change_org_path(change_conference_organizer(n.conference_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER conference_follow_ups_aud_change_feed
    AFTER INSERT ON conference_follow_ups_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_conference_follow_ups();

CREATE FUNCTION change_capture_resolutions() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'resolutions', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/resolutions/', n.id), 'ANCHORED', coalesce(o.path, change_org_path(n.scope_organization_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.scope_organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER resolutions_aud_change_feed
    AFTER INSERT ON resolutions_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_resolutions();

CREATE FUNCTION change_capture_targets() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'targets', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/resolutions/', n.resolution_id, '/targets/', n.id), 'ANCHORED', change_org_path(change_resolution_scope(n.resolution_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER targets_aud_change_feed
    AFTER INSERT ON targets_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_targets();

CREATE FUNCTION change_capture_indicator_reports() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'indicator-reports', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/resolutions/', change_target_resolution(n.target_id), '/targets/', n.target_id, '/reports/', n.id), 'BOTH_ANCHORED', coalesce(o.path, change_org_path(n.organization_id)), change_org_path(change_resolution_scope(change_target_resolution(n.target_id)))
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.organization_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER indicator_reports_aud_change_feed
    AFTER INSERT ON indicator_reports_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_indicator_reports();

CREATE FUNCTION change_capture_meetings() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'meetings', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/meetings/', n.id), 'SUBTREE', coalesce(o.path, change_org_path(n.branch_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.branch_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER meetings_aud_change_feed
    AFTER INSERT ON meetings_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_meetings();

CREATE FUNCTION change_capture_briefings() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'briefings', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/briefings/', n.id), 'ANCHORED', change_org_path(change_zone_district(n.zone_id)), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER briefings_aud_change_feed
    AFTER INSERT ON briefings_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_briefings();

CREATE FUNCTION change_capture_recommendations() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'recommendations', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/recommendations/', n.id), 'EITHER', coalesce(o.path, change_org_path(n.raised_by_id)), coalesce(o2.path, change_org_path(n.addressee_id))
    FROM new_rows n JOIN revisions r ON r.id = n.rev
    LEFT JOIN organizations o ON o.id = n.raised_by_id
    LEFT JOIN organizations o2 ON o2.id = n.addressee_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER recommendations_aud_change_feed
    AFTER INSERT ON recommendations_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_recommendations();

CREATE FUNCTION change_capture_users() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'users', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/users/', n.id), 'ADMIN', NULL, NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_aud_change_feed
    AFTER INSERT ON users_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_users();

CREATE FUNCTION change_capture_api_clients() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'api-clients', n.id, change_operation(n.revtype), r.at, n.rev, concat('/api/v1/api-clients/', n.id), 'ADMIN', NULL, NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER api_clients_aud_change_feed
    AFTER INSERT ON api_clients_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_api_clients();

