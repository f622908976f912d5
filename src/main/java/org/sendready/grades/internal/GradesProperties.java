package org.sendready.grades.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Score delivery settings.
 *
 * @param firstRetry   wait after the first failed try; doubles with each further failure (with ±20% jitter)
 * @param maxRetryWait longest wait between two tries
 * @param giveUpAfter  a score still undelivered this long after it was scored is marked failed for an administrator
 * @param threads      deliveries in flight per instance
 * @param pollingInterval how often each instance looks for due deliveries
 */
@ConfigurationProperties("sendready.grades")
record GradesProperties(
        @DefaultValue("15s") Duration firstRetry,
        @DefaultValue("30m") Duration maxRetryWait,
        @DefaultValue("7d") Duration giveUpAfter,
        @DefaultValue("8") int threads,
        @DefaultValue("1s") Duration pollingInterval) {
}
