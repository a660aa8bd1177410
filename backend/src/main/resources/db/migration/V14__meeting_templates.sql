-- Nền nếp: an organization sets its own meeting checklist and score sheet through the API
-- (GET/PUT /organizations/{id}/meeting-templates). The two template tables of V6 become one row per organization
-- that chose its own, both parts in it (NULL: that part follows the organization above), with a version for If-Match,
-- an audit trail (meeting_templates_aud) and the change feed. The row with organization_id NULL is the default for
-- every organization; it has both parts.

CREATE TABLE meeting_templates (
    id              uuid        PRIMARY KEY,
    organization_id uuid        REFERENCES organizations (id) ON DELETE CASCADE,
    -- JSON array of step texts, in order.
    procedure       jsonb       CHECK (jsonb_typeof(procedure) = 'array' AND jsonb_array_length(procedure) > 0),
    -- JSON array of {code, name, max, key}: key criteria need full marks for GOOD.
    criteria        jsonb       CHECK (jsonb_typeof(criteria) = 'array' AND jsonb_array_length(criteria) > 0),
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CHECK (organization_id IS NOT NULL OR procedure IS NOT NULL AND criteria IS NOT NULL)
);
CREATE UNIQUE INDEX meeting_templates_organization_key
    ON meeting_templates (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'));

INSERT INTO meeting_templates (id, organization_id, procedure, criteria, version, created_at, updated_at)
SELECT coalesce(p.id, s.id), coalesce(p.organization_id, s.organization_id), p.steps, s.criteria, 1, now(), now()
FROM procedure_templates p
FULL JOIN score_templates s
    ON coalesce(p.organization_id, '00000000-0000-0000-0000-000000000000')
     = coalesce(s.organization_id, '00000000-0000-0000-0000-000000000000');

DROP TABLE procedure_templates;
DROP TABLE score_templates;

CREATE TABLE meeting_templates_aud (
    id              uuid     NOT NULL,
    rev             bigint   NOT NULL REFERENCES revisions (id),
    revtype         smallint NOT NULL,
    organization_id uuid,
    procedure       jsonb,
    criteria        jsonb,
    version         bigint,
    created_at      timestamptz,
    updated_at      timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX meeting_templates_aud_rev_idx ON meeting_templates_aud (rev);

-- In the feed under the organization's id and address, seen as the organization is (SUBTREE).
CREATE FUNCTION change_capture_meeting_templates() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO change_outbox (resource, resource_id, operation, at, rev, href, visibility, path, other_path)
    SELECT 'meeting-templates', coalesce(n.organization_id, n.id), change_operation(n.revtype), r.at, n.rev,
           concat('/api/v1/organizations/', n.organization_id, '/meeting-templates'), 'SUBTREE',
           change_org_path(n.organization_id), NULL
    FROM new_rows n JOIN revisions r ON r.id = n.rev;
    RETURN NULL;
END
$$;
CREATE TRIGGER meeting_templates_aud_change_feed
    AFTER INSERT ON meeting_templates_aud REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION change_capture_meeting_templates();
