package org.sendready.core;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this tool is reachable from browsers and platforms. Platforms register exact URLs (redirect URI, JWKS, login
 * initiation), so they come from configuration rather than from whatever host a request happened to name.
 */
@ConfigurationProperties("sendready")
public record ToolUrls(@DefaultValue("http://localhost:8080") URI baseUrl) {

    public ToolUrls {
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("sendready.base-url must be an http or https URL");
        }
    }

    public String base() {
        return baseUrl.toString();
    }

    public String url(String path) {
        return base() + path;
    }

    /** True when {@code uri} is a URL of this tool (same scheme, host and port, and under the base path). */
    public boolean owns(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            URI candidate = URI.create(uri).normalize();
            return baseUrl.getScheme().equalsIgnoreCase(candidate.getScheme())
                    && baseUrl.getHost().equalsIgnoreCase(String.valueOf(candidate.getHost()))
                    && port(baseUrl) == port(candidate)
                    && String.valueOf(candidate.getPath()).startsWith(baseUrl.getPath());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Origin (scheme://host[:port]) of this tool. */
    public String origin() {
        return Origins.of(base());
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
