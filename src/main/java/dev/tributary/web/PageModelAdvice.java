package dev.tributary.web;

import dev.tributary.platform.Caller;
import dev.tributary.platform.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.servlet.http.HttpServletRequest;

/** What every page needs: who is signed in, and the CSRF header htmx sends with its requests. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    record CurrentUser(String name, String role, boolean admin) {
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new CurrentUser("", "", false);
        }
        boolean admin = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Role.ADMIN.authority()::equals);
        String name = authentication.getPrincipal() instanceof Caller caller ? caller.name() : authentication.getName();
        return new CurrentUser(name, admin ? "admin" : "technician", admin);
    }

    /** Rendered into {@code hx-headers} on the body; Thymeleaf escapes it as an attribute value. */
    @ModelAttribute("csrfHeaders")
    String csrfHeaders(HttpServletRequest request) {
        Object token = request.getAttribute(CsrfToken.class.getName());
        if (token instanceof CsrfToken csrf) {
            return "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
        }
        return "{}";
    }
}
