package org.sendready.lti.internal;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendready.core.ToolUrls;

/** Which course a launch is for: custom parameter {@code course_id}, else a target link {@code /courses/{id}}. */
final class LaunchTarget {

    private static final Pattern COURSE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern COURSE_PATH = Pattern.compile("/courses/([a-z0-9][a-z0-9-]{0,99})/?");

    private LaunchTarget() {
    }

    static Optional<String> courseId(Map<String, String> custom, String targetLinkUri, ToolUrls urls) {
        String fromCustom = custom.get("course_id");
        if (fromCustom != null && COURSE_ID.matcher(fromCustom).matches()) {
            return Optional.of(fromCustom);
        }
        if (targetLinkUri == null) {
            return Optional.empty();
        }
        try {
            String path = URI.create(targetLinkUri).normalize().getRawPath();
            String basePath = urls.baseUrl().getPath();
            String relative = path == null ? "" : path.substring(Math.min(basePath.length(), path.length()));
            Matcher m = COURSE_PATH.matcher(relative);
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
