package org.sendready.lti.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.sendready.lti.ags.PlatformCallFailed;
import org.springframework.http.HttpHeaders;

/** How a platform's error response is classified: permanent, or worth retrying (and when). */
public final class PlatformResponses {

    private PlatformResponses() {
    }

    public static PlatformCallFailed failure(int status, HttpHeaders headers, String message, Clock clock) {
        boolean retryable = status == 401 || status == 408 || status == 429 || status >= 500;
        return new PlatformCallFailed(status, !retryable, retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), clock),
                clip("HTTP " + status + ": " + message));
    }

    /** Retry-After as seconds or an HTTP date; nonsense is ignored. */
    static Duration retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds >= 0 ? Duration.ofSeconds(Math.min(seconds, 86_400)) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 900 ? oneLine.substring(0, 900) + "…" : oneLine;
    }
}
