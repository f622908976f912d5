package org.sendready.lti.internal;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Binds a login's state to the browser that started it. One cookie per login, so two launches racing in one browser
 * (two LMS tabs) do not overwrite each other. Cross-site (SameSite=None; Secure) when served over https, because the
 * platform posts the launch from another site; Lax over plain http, where browsers refuse SameSite=None.
 */
final class StateCookie {

    static final String PREFIX = "sr_lti_state_";

    private StateCookie() {
    }

    static void set(HttpServletRequest request, HttpServletResponse response, String state, Duration ttl) {
        response.addHeader(HttpHeaders.SET_COOKIE, build(request, state, state, ttl).toString());
    }

    static void clear(HttpServletRequest request, HttpServletResponse response, String state) {
        response.addHeader(HttpHeaders.SET_COOKIE, build(request, state, "", Duration.ZERO).toString());
    }

    static boolean presentFor(HttpServletRequest request, String state) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if ((PREFIX + state).equals(cookie.getName()) && state.equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static ResponseCookie build(HttpServletRequest request, String state, String value, Duration ttl) {
        boolean secure = request.isSecure();
        return ResponseCookie.from(PREFIX + state, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite(secure ? "None" : "Lax")
                .path(request.getContextPath() + "/lti")
                .maxAge(ttl)
                .build();
    }
}
