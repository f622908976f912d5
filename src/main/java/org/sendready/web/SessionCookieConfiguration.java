package org.sendready.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie must travel inside the LMS's iframe, a cross-site context: SameSite=None (which browsers
 * accept only with Secure) over https; Lax over plain http, as on a developer's machine where the demo LMS is the
 * same site anyway.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    static final String COOKIE_NAME = "SENDREADY_SESSION";

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer crossSite = serializer("None", true);
        DefaultCookieSerializer sameSite = serializer("Lax", false);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                HttpServletRequest request = value.getRequest();
                (request != null && request.isSecure() ? crossSite : sameSite).writeCookieValue(value);
            }

            @Override
            public java.util.List<String> readCookieValues(HttpServletRequest request) {
                return sameSite.readCookieValues(request);
            }
        };
    }

    private static DefaultCookieSerializer serializer(String sameSite, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(COOKIE_NAME);
        serializer.setSameSite(sameSite);
        serializer.setUseSecureCookie(secure);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setCookiePath("/");
        return serializer;
    }
}
