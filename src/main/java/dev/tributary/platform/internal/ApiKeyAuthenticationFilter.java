package dev.tributary.platform.internal;

import dev.tributary.platform.Caller;
import dev.tributary.platform.Tokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates automation by {@code X-API-Key: <token>} or {@code Authorization: Bearer <token>}.
 * Only the SHA-256 hash of a token is stored; the token decides the tenant.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final ProblemResponses problems;
    private final Clock clock;

    ApiKeyAuthenticationFilter(ApiTokenRepository tokens, ProblemResponses problems, Clock clock) {
        this.tokens = tokens;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = presentedToken(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        var stored = tokens.findByHash(Tokens.sha256(token));
        if (stored.isEmpty()) {
            problems.write(response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "The API token is not valid."));
            return;
        }
        Caller caller = stored.get().caller();
        Instant now = clock.instant();
        if (stored.get().lastUsedAt() == null || stored.get().lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            tokens.touch(stored.get().id(), caller.tenantId(), now);
        }
        var authentication = new PreAuthenticatedAuthenticationToken(caller, null,
                List.of(new SimpleGrantedAuthority(caller.role().authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedToken(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String value = authorization.substring(7).trim();
            return value.isEmpty() ? null : value;
        }
        return null;
    }
}
