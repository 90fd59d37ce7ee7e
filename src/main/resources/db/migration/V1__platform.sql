-- Platform: tenants, people, automation tokens, encrypted secrets, audit trail.
-- One migration set serves H2 (PostgreSQL mode) and PostgreSQL; see stack-notes for the portable subset.

create table tenants (
    id           uuid primary key,
    name         varchar(200) not null,
    is_bootstrap boolean not null default false,
    created_at   timestamp with time zone not null
);

create table users (
    id            uuid primary key,
    tenant_id     uuid not null references tenants (id) on delete cascade,
    username      varchar(100) not null,
    password_hash varchar(100) not null,
    enabled       boolean not null default true,
    created_at    timestamp with time zone not null,
    constraint uq_users_username unique (username)
);
create index ix_users_tenant on users (tenant_id);

create table user_roles (
    tenant_id uuid not null references tenants (id) on delete cascade,
    user_id   uuid not null references users (id) on delete cascade,
    role      varchar(20) not null,
    primary key (user_id, role)
);
create index ix_user_roles_tenant on user_roles (tenant_id);

create table api_tokens (
    id           uuid primary key,
    tenant_id    uuid not null references tenants (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64) not null,
    token_hint   varchar(8) not null,
    role         varchar(20) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    constraint uq_api_tokens_hash unique (token_hash)
);
create index ix_api_tokens_tenant on api_tokens (tenant_id);

create table tenant_secrets (
    tenant_id  uuid not null references tenants (id) on delete cascade,
    name       varchar(100) not null,
    ciphertext text not null,
    updated_at timestamp with time zone not null,
    primary key (tenant_id, name)
);

create table audit_log (
    id          uuid primary key,
    tenant_id   uuid not null references tenants (id) on delete cascade,
    actor       varchar(200) not null,
    action      varchar(100) not null,
    entity_type varchar(50),
    entity_id   varchar(100),
    details     text,
    created_at  timestamp with time zone not null
);
create index ix_audit_log_tenant on audit_log (tenant_id, created_at);
