package org.sendready.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.sendready.lti.LaunchContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the session for an accepted launch. The same person relaunching keeps their session (another tab may be
 * mid-assessment) under a new id; anyone else gets a fresh session, so a shared school laptop never carries one
 * person's session into another's.
 */
@Component
class LaunchSignIn {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void signIn(LaunchContext launch, HttpServletRequest request, HttpServletResponse response) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            if (!samePerson(existing, launch)) {
                // someone else's session: empty it (CSRF token included) rather than invalidate it, because an
                // invalidated and a new session in one response race each other's cookies
                for (String name : java.util.Collections.list(existing.getAttributeNames())) {
                    existing.removeAttribute(name);
                }
            }
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new LaunchAuthentication(launch));
        contexts.setContext(context);
        repository.saveContext(context, request, response);
    }

    private static boolean samePerson(HttpSession session, LaunchContext launch) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (stored instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof LaunchContext previous) {
                return previous.tenant().id() == launch.tenant().id() && previous.userId() == launch.userId();
            }
        }
        return false;
    }
}
