package dev.tributary.platform.internal;

import dev.tributary.platform.Role;
import dev.tributary.platform.Tenants;
import dev.tributary.platform.Tenants.TenantInfo;
import dev.tributary.platform.TributaryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start of a fresh database: the bootstrap tenant, and from the bootstrap variables an
 * {@code admin} user and an admin API token. Each applies only while nothing of its kind exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Bootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final Tenants tenants;
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final TributaryProperties properties;

    Bootstrap(Tenants tenants, UserRepository users, ApiTokenRepository tokens, TributaryProperties properties) {
        this.tenants = tenants;
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        TributaryProperties.Bootstrap settings = properties.bootstrap();
        TenantInfo tenant = tenants.bootstrapTenant()
                .orElseGet(() -> tenants.create(settings.tenantName(), true));
        String password = settings.adminPassword();
        if (password != null && !password.isBlank() && !users.anyExists()) {
            tenants.createUser(tenant.id(), "admin", password, Role.ADMIN);
            log.info("Created user 'admin' in tenant '{}' from TRIBUTARY_BOOTSTRAP_ADMIN_PASSWORD", tenant.name());
        }
        String apiKey = settings.apiKey();
        if (apiKey != null && !apiKey.isBlank() && !tokens.anyExists()) {
            tenants.registerToken(tenant.id(), "bootstrap", Role.ADMIN, apiKey.trim());
            log.info("Registered the admin API token of tenant '{}' from TRIBUTARY_BOOTSTRAP_API_KEY", tenant.name());
        }
        if (!users.anyExists()) {
            log.warn("No user exists yet: set TRIBUTARY_BOOTSTRAP_ADMIN_PASSWORD to create the 'admin' user.");
        }
    }
}
