package org.sendready.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sendready.lti.FrameAncestors;
import org.springframework.security.web.header.HeaderWriter;

/**
 * Content-Security-Policy with {@code frame-ancestors} built from the platform registry, so Moodle, Canvas and the
 * rest can frame SENDReady and nobody else can. Everything the pages load comes from SENDReady itself.
 */
final class ContentSecurityPolicyWriter implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String BASE = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

    private final FrameAncestors frameAncestors;

    ContentSecurityPolicyWriter(FrameAncestors frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) {
            return;
        }
        Set<String> origins = frameAncestors.origins();
        StringBuilder policy = new StringBuilder(BASE).append("; frame-ancestors 'self'");
        for (String origin : origins) {
            policy.append(' ').append(origin);
        }
        response.setHeader(HEADER, policy.toString());
    }
}
