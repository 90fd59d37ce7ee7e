package dev.tributary.platform.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Three filter chains: provider webhooks (authenticated by the kernel, not by a token); token-authenticated,
 * stateless {@code /api} and actuator; session-based form login with CSRF protection for the web pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Provider webhooks carry no token: the kernel's webhook endpoint authenticates them by the unguessable URL key and
     * the shared-secret header. Their own chain keeps them out of the token filter, sessions and the request cache —
     * work a delivery storm would repeat thousands of times for nothing.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        stateless(http.securityMatcher("/api/v1/webhooks/**"))
                .anonymous(anonymous -> anonymous.disable())
                .securityContext(context -> context.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens, ProblemResponses problems, Clock clock)
            throws Exception {
        stateless(http.securityMatcher("/api/**", "/actuator/**"))
                .addFilterBefore(new ApiKeyAuthenticationFilter(tokens, problems, clock), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/tenants/**", "/api/v1/tokens/**", "/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/integrations/*/webhook").hasRole("ADMIN")
                        // Technicians work tickets; everything else that writes is configuration.
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/tickets/*").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                        "Send an API token in the X-API-Key header (or as a Bearer token).")))
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                ProblemResponses.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                                        "This call needs the admin role."))));
        return http.build();
    }

    /** No session, no CSRF, no request cache, no login or logout forms: callers authenticate every request. */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/settings/**", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }
}
