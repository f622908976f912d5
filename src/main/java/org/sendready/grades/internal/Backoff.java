package org.sendready.grades.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** When to try again: exponential with ±20% jitter, capped; a platform's Retry-After wins when it asks for longer. */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration first, Duration max, RandomGenerator random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** @param failures failures so far, including this one (1 for the first) */
    Instant next(Instant now, int failures, Optional<Duration> retryAfter) {
        double exponential = first.toMillis() * Math.pow(2, Math.min(failures - 1, 20));
        double capped = Math.min(exponential, max.toMillis());
        double jittered = capped * (0.8 + 0.4 * random.nextDouble());
        Duration wait = Duration.ofMillis((long) jittered);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        return now.plus(wait);
    }
}
