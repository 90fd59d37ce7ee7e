package dev.tributary.platform.internal;

import dev.tributary.platform.InvalidFieldException;
import dev.tributary.platform.Role;
import dev.tributary.platform.Tenants;
import dev.tributary.platform.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.IdGenerator;

@Service
class TenantService implements Tenants {

    /** 32 random bytes: the token prefix makes leaked tokens easy to recognise in scanners. */
    static final String TOKEN_PREFIX = "trb_";

    private final TenantRepository tenants;
    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final IdGenerator ids;
    private final SecureRandom random;
    private final Clock clock;

    TenantService(TenantRepository tenants, UserRepository users, ApiTokenRepository tokens,
                  PasswordEncoder passwordEncoder, IdGenerator ids, SecureRandom random, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.ids = ids;
        this.random = random;
        this.clock = clock;
    }

    @Override
    @Transactional
    public TenantInfo create(String name, boolean bootstrap) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "must not be blank");
        }
        UUID id = ids.generateId();
        tenants.insert(id, name.trim(), bootstrap, clock.instant());
        return new TenantInfo(id, name.trim(), bootstrap);
    }

    @Override
    public Optional<TenantInfo> find(UUID tenantId) {
        return tenants.find(tenantId);
    }

    @Override
    public Optional<TenantInfo> bootstrapTenant() {
        return tenants.findBootstrap();
    }

    @Override
    @Transactional
    public String issueToken(UUID tenantId, String name, Role role) {
        String plaintext = TOKEN_PREFIX + Tokens.random(random, 32);
        registerToken(tenantId, name, role, plaintext);
        return plaintext;
    }

    @Override
    @Transactional
    public void registerToken(UUID tenantId, String name, Role role, String plaintext) {
        String hint = plaintext.length() <= 4 ? "" : plaintext.substring(plaintext.length() - 4);
        tokens.insert(ids.generateId(), tenantId, name, Tokens.sha256(plaintext), hint, role, clock.instant());
    }

    @Override
    @Transactional
    public UUID createUser(UUID tenantId, String username, String password, Role role) {
        if (username == null || username.isBlank()) {
            throw new InvalidFieldException("username", "must not be blank");
        }
        if (password == null || password.length() < 8) {
            throw new InvalidFieldException("password", "must have at least 8 characters");
        }
        if (users.usernameTaken(username.trim())) {
            throw new InvalidFieldException("username", "is already taken");
        }
        UUID id = ids.generateId();
        users.insert(id, tenantId, username.trim(), passwordEncoder.encode(password), role, clock.instant());
        return id;
    }
}
