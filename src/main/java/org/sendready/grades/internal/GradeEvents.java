package org.sendready.grades.internal;

import java.time.Clock;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.sendready.assessment.AttemptStarted;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.course.CourseCatalog;
import org.sendready.lti.ags.AgsClient;
import org.sendready.lti.ags.AgsEndpoint;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns assessment events into outbox rows and delivery tasks, synchronously, inside the transaction that stored the
 * attempt: either the attempt and its queued score are both stored, or neither is.
 */
@Component
class GradeEvents {

    private final ScoreOutbox outbox;
    private final AgsClient ags;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> task;
    private final CourseCatalog catalog;
    private final Clock clock;

    GradeEvents(ScoreOutbox outbox, AgsClient ags, SchedulerClient deliveryClient, CustomTask<Void> deliveryTask,
                CourseCatalog catalog, Clock clock) {
        this.outbox = outbox;
        this.ags = ags;
        this.scheduler = deliveryClient;
        this.task = deliveryTask;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(AttemptStarted started) {
        ags.endpoint(started.launchId()).filter(AgsEndpoint::canPostScores).ifPresent(endpoint ->
                queue(new ScoreOutbox.Delivery(UUID.randomUUID().toString(), started.attemptId(), started.tenantId(),
                        started.launchId(), started.courseId(), endpoint.subject(), "Started", "NotReady", null, null,
                        null, started.startedAt(), "PENDING", 0, null, null, clock.instant(), null)));
    }

    @EventListener
    void on(AttemptSubmitted submitted) {
        ags.endpoint(submitted.launchId()).filter(AgsEndpoint::canPostScores).ifPresent(endpoint -> {
            String title = catalog.find(submitted.courseId()).map(c -> c.moduleCode() + " " + c.title())
                    .orElse(submitted.courseId());
            String comment = (submitted.passed() ? "Passed" : "Not passed") + ": " + submitted.score() + "/"
                    + submitted.maxScore() + " on " + title + " (version " + submitted.courseVersion() + ")";
            queue(new ScoreOutbox.Delivery(UUID.randomUUID().toString(), submitted.attemptId(),
                    submitted.tenantId(), submitted.launchId(), submitted.courseId(), endpoint.subject(), "Completed",
                    "FullyGraded", submitted.score(), submitted.maxScore(), comment, submitted.submittedAt(),
                    "PENDING", 0, null, null, clock.instant(), null));
        });
    }

    private void queue(ScoreOutbox.Delivery delivery) {
        outbox.add(delivery);
        scheduler.schedule(task.instance(delivery.id()), clock.instant());
    }
}
