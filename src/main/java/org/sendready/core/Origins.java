package org.sendready.core;

import java.net.URI;

/** Web origins (scheme://host[:port]) as browsers compare them for framing and CORS. */
public final class Origins {

    private Origins() {
    }

    /** The origin of an absolute http(s) URL, or {@code null} when the text is not one. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return null;
            }
            String origin = scheme.toLowerCase() + "://" + uri.getHost().toLowerCase();
            return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
