package org.sendready.lti.ags;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to a platform service that did not succeed. {@link #permanent()} failures (a 4xx other than 401, 408 and
 * 429) will not succeed by retrying; the rest may, after {@link #retryAfter()} when the platform said so.
 */
public final class PlatformCallFailed extends RuntimeException {

    private final int status;
    private final boolean permanent;
    private final Duration retryAfter;

    public PlatformCallFailed(int status, boolean permanent, Duration retryAfter, String message) {
        super(message, null, false, false);
        this.status = status;
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    /** HTTP status, or 0 when no response arrived (timeout, connection refused). */
    public int status() {
        return status;
    }

    public boolean permanent() {
        return permanent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
