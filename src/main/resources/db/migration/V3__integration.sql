-- Integration kernel: one row per tenant and provider, organization mappings, alerts,
-- external identity mappings and the sync-run history.

create table rmm_integrations (
    id                       uuid primary key,
    tenant_id                uuid not null references tenants (id) on delete cascade,
    provider                 varchar(50) not null,
    instance_url             varchar(500),
    is_active                boolean not null default false,
    connected_at             timestamp with time zone,
    sync_status              varchar(20) not null default 'pending',
    sync_error               text,
    last_sync_at             timestamp with time zone,
    last_incremental_sync_at timestamp with time zone,
    last_full_sync_at        timestamp with time zone,
    settings                 text not null default '{}',
    webhook_key              varchar(64),
    -- The run lock: set with a compare-and-set update so two instances never run the same integration.
    running_run_id           uuid,
    run_lease_until          timestamp with time zone,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint uq_rmm_integrations_provider unique (tenant_id, provider),
    constraint uq_rmm_integrations_webhook unique (webhook_key)
);

create table rmm_organization_mappings (
    id                         uuid primary key,
    tenant_id                  uuid not null references tenants (id) on delete cascade,
    integration_id             uuid not null references rmm_integrations (id) on delete cascade,
    external_organization_id   varchar(255) not null,
    external_organization_name varchar(500),
    client_id                  uuid references clients (id) on delete set null,
    auto_create_tickets        boolean not null default true,
    auto_sync_assets           boolean not null default true,
    metadata                   text not null default '{}',
    last_synced_at             timestamp with time zone,
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null,
    constraint uq_rmm_org_mappings unique (tenant_id, integration_id, external_organization_id)
);
create index ix_rmm_org_mappings_integration on rmm_organization_mappings (integration_id);
create index ix_rmm_org_mappings_client on rmm_organization_mappings (client_id);

create table rmm_alerts (
    id                 uuid primary key,
    tenant_id          uuid not null references tenants (id) on delete cascade,
    integration_id     uuid not null references rmm_integrations (id) on delete cascade,
    external_alert_id  varchar(255) not null,
    external_device_id varchar(255),
    asset_id           uuid references assets (id) on delete set null,
    ticket_id          uuid references tickets (id) on delete set null,
    severity           varchar(30),
    status             varchar(30),
    message            text,
    device_name        varchar(255),
    triggered_at       timestamp with time zone,
    resolved_at        timestamp with time zone,
    metadata           text not null default '{}',
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    -- The dedup guarantee: one row per provider alert, however often it is delivered or polled.
    constraint uq_rmm_alerts_external unique (tenant_id, integration_id, external_alert_id)
);
create index ix_rmm_alerts_integration on rmm_alerts (integration_id);
create index ix_rmm_alerts_asset on rmm_alerts (asset_id);
create index ix_rmm_alerts_ticket on rmm_alerts (ticket_id);
create index ix_rmm_alerts_tenant_status on rmm_alerts (tenant_id, status);
create index ix_rmm_alerts_tenant_created on rmm_alerts (tenant_id, created_at);

create table tenant_external_entity_mappings (
    id                 uuid primary key,
    tenant_id          uuid not null references tenants (id) on delete cascade,
    integration_type   varchar(50) not null,
    alga_entity_type   varchar(50) not null,
    alga_entity_id     uuid not null,
    external_entity_id varchar(255) not null,
    external_realm_id  varchar(255),
    sync_status        varchar(20) not null default 'synced',
    last_synced_at     timestamp with time zone,
    metadata           text not null default '{}',
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    -- The realm (scope) is deliberately not part of the key: a device that moves scope stays one asset.
    constraint uq_external_entity unique (tenant_id, integration_type, alga_entity_type, external_entity_id)
);
create index ix_external_entity_alga on tenant_external_entity_mappings (tenant_id, integration_type, alga_entity_type, alga_entity_id);

create table sync_runs (
    id             uuid primary key,
    tenant_id      uuid not null references tenants (id) on delete cascade,
    integration_id uuid not null references rmm_integrations (id) on delete cascade,
    kind           varchar(30) not null,
    run_trigger    varchar(20) not null,
    state          varchar(20) not null,
    progress_done  int not null default 0,
    progress_total int,
    counts         text not null default '{}',
    error          text,
    skipped_reason varchar(500),
    node           varchar(100),
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    created_at     timestamp with time zone not null
);
create index ix_sync_runs_integration on sync_runs (integration_id, created_at);
create index ix_sync_runs_tenant on sync_runs (tenant_id, created_at);

-- Rate-limit budgets shared by every instance (Bucket4j state; used on PostgreSQL).
create table rate_limit_buckets (
    id         bigint primary key,
    state      bytea,
    expires_at bigint
);
