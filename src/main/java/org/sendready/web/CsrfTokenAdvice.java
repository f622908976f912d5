package org.sendready.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The session's CSRF token for pages to publish (a meta tag scripts and tests can read), only where a session
 * already exists: asking for a token creates a session, and a stray anonymous session (a 404 for a favicon, say)
 * must never be created alongside a launch in the same browser.
 */
@ControllerAdvice
class CsrfTokenAdvice {

    @ModelAttribute("csrfToken")
    String csrfToken(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return null;
        }
        Object token = request.getAttribute(CsrfToken.class.getName());
        return token instanceof CsrfToken csrf ? csrf.getToken() : null;
    }
}
