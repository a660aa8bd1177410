-- Accounts: users with one role each, machine clients with API keys, refresh tokens.

CREATE TABLE users (
    id              uuid PRIMARY KEY,
    external_id     varchar(100),
    username        varchar(50)  NOT NULL,
    full_name       varchar(255) NOT NULL,
    role            varchar(30)  NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'GRASSROOTS_OFFICER',
                                                           'BRANCH_SECRETARY', 'RESPONDER', 'INSPECTOR')),
    organization_id uuid REFERENCES organizations (id),
    password_hash   varchar(100) NOT NULL,
    active          boolean      NOT NULL DEFAULT true,
    last_login_at   timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CHECK (role = 'SYSTEM_ADMIN' OR organization_id IS NOT NULL)
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_external_id_key ON users (external_id);
CREATE INDEX users_organization_idx ON users (organization_id);

CREATE TABLE api_clients (
    id              uuid PRIMARY KEY,
    external_id     varchar(100),
    name            varchar(255) NOT NULL,
    organization_id uuid         NOT NULL REFERENCES organizations (id),
    scopes          varchar(200) NOT NULL,
    key_prefix      varchar(20)  NOT NULL,
    key_hash        varchar(64)  NOT NULL,
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE UNIQUE INDEX api_clients_key_prefix_key ON api_clients (key_prefix);
CREATE UNIQUE INDEX api_clients_external_id_key ON api_clients (external_id);

CREATE TABLE refresh_tokens (
    id         uuid PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash varchar(64) NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Their audit trail (see V2): password and key hashes, last login and last use are never copied.
CREATE TABLE users_aud (
    id              uuid     NOT NULL,
    rev             bigint   NOT NULL REFERENCES revisions (id),
    revtype         smallint NOT NULL,
    external_id     varchar(100),
    username        varchar(50),
    full_name       varchar(255),
    role            varchar(30),
    organization_id uuid,
    active          boolean,
    created_at      timestamptz,
    updated_at      timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX users_aud_rev_idx ON users_aud (rev);

CREATE TABLE api_clients_aud (
    id              uuid     NOT NULL,
    rev             bigint   NOT NULL REFERENCES revisions (id),
    revtype         smallint NOT NULL,
    external_id     varchar(100),
    name            varchar(255),
    organization_id uuid,
    scopes          varchar(200),
    key_prefix      varchar(20),
    revoked_at      timestamptz,
    created_at      timestamptz,
    updated_at      timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE INDEX api_clients_aud_rev_idx ON api_clients_aud (rev);
