-- Service-desk records. Every foreign-key column is indexed (PostgreSQL does not do it itself).

create table clients (
    id          uuid primary key,
    tenant_id   uuid not null references tenants (id) on delete cascade,
    name        varchar(255) not null,
    is_inactive boolean not null default false,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index ix_clients_tenant on clients (tenant_id, name);

create table boards (
    id         uuid primary key,
    tenant_id  uuid not null references tenants (id) on delete cascade,
    name       varchar(255) not null,
    is_default boolean not null default false,
    created_at timestamp with time zone not null
);
create index ix_boards_tenant on boards (tenant_id, name);

create table statuses (
    id           uuid primary key,
    tenant_id    uuid not null references tenants (id) on delete cascade,
    board_id     uuid not null references boards (id) on delete cascade,
    name         varchar(100) not null,
    is_closed    boolean not null default false,
    is_default   boolean not null default false,
    order_number int not null default 0,
    created_at   timestamp with time zone not null
);
create index ix_statuses_board on statuses (board_id);
create index ix_statuses_tenant on statuses (tenant_id, board_id);

create table priorities (
    id           uuid primary key,
    tenant_id    uuid not null references tenants (id) on delete cascade,
    name         varchar(100) not null,
    order_number int not null default 50,
    created_at   timestamp with time zone not null
);
create index ix_priorities_tenant on priorities (tenant_id, order_number);

create table categories (
    id         uuid primary key,
    tenant_id  uuid not null references tenants (id) on delete cascade,
    name       varchar(255) not null,
    board_id   uuid references boards (id) on delete cascade,
    parent_id  uuid references categories (id) on delete cascade,
    created_at timestamp with time zone not null
);
create index ix_categories_tenant on categories (tenant_id, name);
create index ix_categories_board on categories (board_id);
create index ix_categories_parent on categories (parent_id);

-- One row per tenant; incremented under a row lock so numbers are unique and gap-free per tenant.
create table ticket_counters (
    tenant_id   uuid primary key references tenants (id) on delete cascade,
    last_number bigint not null
);

create table tickets (
    id               uuid primary key,
    tenant_id        uuid not null references tenants (id) on delete cascade,
    ticket_number    bigint not null,
    title            varchar(500) not null,
    body             text,
    client_id        uuid not null references clients (id),
    board_id         uuid not null references boards (id),
    status_id        uuid not null references statuses (id),
    priority_id      uuid references priorities (id),
    category_id      uuid references categories (id),
    subcategory_id   uuid references categories (id),
    source           varchar(50),
    source_reference varchar(255),
    attributes       text not null default '{}',
    closed_at        timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint uq_tickets_number unique (tenant_id, ticket_number),
    -- NULL references are distinct on both engines, so only referenced tickets are deduplicated.
    constraint uq_tickets_source unique (tenant_id, source, source_reference)
);
create index ix_tickets_tenant_created on tickets (tenant_id, created_at);
create index ix_tickets_client on tickets (client_id);
create index ix_tickets_board on tickets (board_id);
create index ix_tickets_status on tickets (status_id);
create index ix_tickets_priority on tickets (priority_id);
create index ix_tickets_category on tickets (category_id);
create index ix_tickets_subcategory on tickets (subcategory_id);

create table comments (
    id                  uuid primary key,
    tenant_id           uuid not null references tenants (id) on delete cascade,
    ticket_id           uuid not null references tickets (id) on delete cascade,
    body                text not null,
    is_internal         boolean not null default false,
    is_system_generated boolean not null default false,
    author              varchar(200),
    created_at          timestamp with time zone not null
);
create index ix_comments_ticket on comments (ticket_id, created_at);
create index ix_comments_tenant on comments (tenant_id);

create table assets (
    id                  uuid primary key,
    tenant_id           uuid not null references tenants (id) on delete cascade,
    client_id           uuid not null references clients (id),
    asset_type          varchar(30) not null,
    name                varchar(255) not null,
    asset_tag           varchar(255),
    serial_number       varchar(255),
    status              varchar(20) not null,
    location            varchar(255),
    rmm_provider        varchar(50),
    rmm_device_id       varchar(255),
    rmm_organization_id varchar(255),
    agent_status        varchar(20) not null default 'unknown',
    last_seen_at        timestamp with time zone,
    last_rmm_sync_at    timestamp with time zone,
    content_hash        varchar(64),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
-- Few indexes on purpose: every one is paid on each of the thousands of rows a fleet sync writes.
-- client_id serves the foreign key and the client filter (client ids are unique across tenants).
create index ix_assets_client on assets (client_id);
create index ix_assets_rmm on assets (tenant_id, rmm_provider, rmm_device_id);
create index ix_assets_agent_status on assets (tenant_id, agent_status);

-- Servers keep their details in server_assets, every other type in workstation_assets.
-- The column is current_username (not current_user, a reserved word on both engines).
-- tenant_id scopes every query; deletion cascades through the asset, so it needs no key of its own.
create table workstation_assets (
    asset_id           uuid primary key references assets (id) on delete cascade,
    tenant_id          uuid not null,
    os_type            varchar(100),
    os_version         varchar(255),
    agent_version      varchar(100),
    current_username   varchar(255),
    uptime_seconds     bigint,
    lan_ip             varchar(45),
    wan_ip             varchar(45),
    cpu_model          varchar(500),
    cpu_cores          int,
    ram_gb             numeric(10, 2),
    disk_usage         text,
    installed_software text,
    system_info        text,
    last_reboot_at     timestamp with time zone
);

create table server_assets (
    asset_id           uuid primary key references assets (id) on delete cascade,
    tenant_id          uuid not null,
    os_type            varchar(100),
    os_version         varchar(255),
    agent_version      varchar(100),
    current_username   varchar(255),
    uptime_seconds     bigint,
    lan_ip             varchar(45),
    wan_ip             varchar(45),
    cpu_model          varchar(500),
    cpu_cores          int,
    ram_gb             numeric(10, 2),
    disk_usage         text,
    installed_software text,
    system_info        text,
    last_reboot_at     timestamp with time zone
);

create table asset_associations (
    id                uuid primary key,
    tenant_id         uuid not null references tenants (id) on delete cascade,
    asset_id          uuid not null references assets (id) on delete cascade,
    entity_type       varchar(30) not null,
    entity_id         uuid not null,
    relationship_type varchar(30) not null default 'related',
    created_at        timestamp with time zone not null,
    constraint uq_asset_associations unique (tenant_id, asset_id, entity_type, entity_id)
);
create index ix_asset_associations_asset on asset_associations (asset_id);
create index ix_asset_associations_entity on asset_associations (tenant_id, entity_type, entity_id);
