package dev.tributary.platform.internal;

import dev.tributary.platform.Caller;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person; carries the {@link Caller} so web pages are tenant-scoped like the API. */
class FormLoginUser extends User {

    private final transient Caller caller;

    FormLoginUser(UserRepository.StoredUser user) {
        super(user.username(), user.passwordHash(), user.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.caller = new Caller(user.tenantId(), user.username(), user.role());
    }

    Caller caller() {
        return caller;
    }
}
