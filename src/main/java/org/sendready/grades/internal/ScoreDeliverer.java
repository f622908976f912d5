package org.sendready.grades.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendready.course.CourseCatalog;
import org.sendready.lti.ags.AgsClient;
import org.sendready.lti.ags.AgsEndpoint;
import org.sendready.lti.ags.PlatformCallFailed;
import org.sendready.lti.ags.Score;
import org.springframework.stereotype.Component;

/** Delivers one outbox row through AGS and records what happened; says when to try again, if ever. */
@Component
class ScoreDeliverer {

    private static final Logger log = LoggerFactory.getLogger(ScoreDeliverer.class);

    private final ScoreOutbox outbox;
    private final AgsClient ags;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final GradesProperties properties;
    private final Backoff backoff;

    ScoreDeliverer(ScoreOutbox outbox, AgsClient ags, CourseCatalog catalog, Clock clock, GradesProperties properties) {
        this.outbox = outbox;
        this.ags = ags;
        this.catalog = catalog;
        this.clock = clock;
        this.properties = properties;
        this.backoff = new Backoff(properties.firstRetry(), properties.maxRetryWait(), new SecureRandom());
    }

    Outcome deliver(String deliveryId) {
        Optional<ScoreOutbox.Delivery> found = outbox.find(deliveryId);
        if (found.isEmpty() || !"PENDING".equals(found.get().status())) {
            return Outcome.DONE;
        }
        ScoreOutbox.Delivery delivery = found.get();
        if (outbox.supersededByDelivered(delivery)) {
            outbox.skipped(delivery.id(), "a newer score for this person was already delivered");
            return Outcome.DONE;
        }
        Optional<AgsEndpoint> endpoint = ags.endpoint(delivery.launchId());
        if (endpoint.isEmpty() || !endpoint.get().canPostScores()) {
            outbox.failed(delivery.id(), "the launch did not grant the score service");
            return Outcome.DONE;
        }
        try {
            String label = catalog.find(delivery.courseId()).map(c -> c.moduleCode() + " " + c.title())
                    .orElse(delivery.courseId());
            String lineItem = ags.lineItemFor(endpoint.get(), delivery.courseId(), label);
            ags.postScore(endpoint.get(), lineItem, new Score(delivery.userSubject(), delivery.scoreGiven(),
                    delivery.scoreMaximum(), delivery.comment(), delivery.timestamp(), delivery.activityProgress(),
                    delivery.gradingProgress()));
            outbox.delivered(delivery.id(), clock.instant());
            log.info("score delivered delivery={} tenant={} progress={} tries={}", delivery.id(), delivery.tenantId(),
                    delivery.activityProgress(), delivery.tries() + 1);
            return Outcome.DONE;
        } catch (PlatformCallFailed failure) {
            return failed(delivery, failure);
        }
    }

    private Outcome failed(ScoreOutbox.Delivery delivery, PlatformCallFailed failure) {
        Instant now = clock.instant();
        if (failure.permanent()) {
            outbox.failed(delivery.id(), failure.getMessage());
            log.warn("score delivery failed reason=PLATFORM_REFUSED delivery={} tenant={} status={}", delivery.id(),
                    delivery.tenantId(), failure.status());
            return Outcome.DONE;
        }
        if (delivery.createdAt().plus(properties.giveUpAfter()).isBefore(now)) {
            outbox.failed(delivery.id(), "gave up after " + properties.giveUpAfter().toDays() + " days: "
                    + failure.getMessage());
            log.warn("score delivery failed reason=GAVE_UP delivery={} tenant={}", delivery.id(), delivery.tenantId());
            return Outcome.DONE;
        }
        Instant next = backoff.next(now, delivery.tries() + 1, failure.retryAfter());
        outbox.retryAt(delivery.id(), next, failure.getMessage());
        log.info("score delivery will retry reason=PLATFORM_UNAVAILABLE delivery={} tenant={} status={} at={}",
                delivery.id(), delivery.tenantId(), failure.status(), next);
        return new Outcome(next);
    }

    /** {@code retryAt} null: finished (delivered, skipped or failed for good). */
    record Outcome(Instant retryAt) {
        static final Outcome DONE = new Outcome(null);
    }
}
