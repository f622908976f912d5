package org.sendready.assessment.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sendready.assessment.AssessmentStatus;
import org.sendready.assessment.Assessments;
import org.sendready.assessment.AttemptStarted;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.course.Course;
import org.sendready.course.Question;
import org.sendready.lti.LaunchContext;
import org.sendready.lti.LaunchHistory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Starting, answering and scoring attempts. Scoring happens here only; the browser never sees the answers first. */
@Service
class AttemptService implements Assessments {

    private final AttemptRepository attempts;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LaunchHistory launches;
    private final SecureRandom random = new SecureRandom();

    AttemptService(AttemptRepository attempts, TransactionTemplate transactions, ApplicationEventPublisher events,
                   Clock clock, LaunchHistory launches) {
        this.attempts = attempts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.launches = launches;
    }

    @Override
    public AssessmentStatus status(LaunchContext launch, Course course) {
        long tenantId = launch.tenant().id();
        List<Attempt> done = attempts.submitted(tenantId, launch.userId(), course.id(), course.version());
        boolean passed = done.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
        Optional<Integer> best = done.stream().map(Attempt::percent).max(Integer::compare);
        Instant nextStart = Instant.EPOCH;
        if (!done.isEmpty()) {
            Attempt last = done.get(done.size() - 1);
            if (!Boolean.TRUE.equals(last.passed())) {
                nextStart = last.submittedAt().plus(Duration.ofMinutes(course.attemptPolicy().minutesBetweenAttempts()));
            }
        }
        Optional<Integer> left = course.attemptPolicy().unlimited() ? Optional.empty()
                : Optional.of(Math.max(0, course.attemptPolicy().attemptsAllowed() - done.size()));
        return new AssessmentStatus(done.size(), passed, best,
                attempts.openAttemptId(tenantId, launch.userId(), course.id()), nextStart, left);
    }

    /** The open attempt for this person and course, or a new one when the policy allows it. */
    String start(LaunchContext launch, Course course) {
        AssessmentStatus status = status(launch, course);
        if (status.openAttemptId().isPresent()) {
            return status.openAttemptId().get();
        }
        Instant now = clock.instant();
        if (!status.canStart(now)) {
            throw new AttemptNotAllowed(status);
        }
        long seed = random.nextLong();
        List<QuestionDraw.DrawnQuestion> drawn = QuestionDraw.draw(course, seed);
        // the placement this course was opened from, even if another activity was launched since in this browser
        String launchId = launches.launchFor(launch, course.id());
        Attempt attempt = new Attempt(UUID.randomUUID().toString(), launch.tenant().id(), launch.userId(),
                course.id(), course.version(), launchId, launches.contextOf(launchId),
                launches.resourceLinkOf(launchId), false,
                course.passMarkPercent(), drawn.size(), null, null, now, null, List.of());
        try {
            transactions.executeWithoutResult(tx -> {
                attempts.insert(attempt, seed, drawn);
                events.publishEvent(new AttemptStarted(attempt.id(), attempt.tenantId(), attempt.userId(),
                        attempt.courseId(), attempt.courseVersion(), attempt.launchId(), now));
            });
            return attempt.id();
        } catch (DuplicateKeyException raced) {
            // another tab started one a moment ago: both continue the same attempt
            return attempts.openAttemptId(launch.tenant().id(), launch.userId(), course.id()).orElseThrow();
        }
    }

    Optional<Attempt> find(LaunchContext launch, String attemptId) {
        return attempts.findForPerson(attemptId, launch.tenant().id(), launch.userId());
    }

    /**
     * Scores and stores the answers. Returns the stored attempt; when another submission got there first (a double
     * click, the back button, a second tab) that one stands and nothing changes.
     *
     * @param answers option ids chosen, by question position
     */
    Attempt submit(LaunchContext launch, Course course, Attempt attempt, Map<Integer, Set<String>> answers) {
        if (attempt.submitted()) {
            return attempt;
        }
        List<Attempt.Item> answered = new ArrayList<>();
        int score = 0;
        for (Attempt.Item item : attempt.items()) {
            Question question = course.question(item.questionId()).orElseThrow();
            Set<String> selected = answers.getOrDefault(item.position(), Set.of());
            boolean correct = question.isAnsweredCorrectly(selected);
            if (correct) {
                score++;
            }
            answered.add(new Attempt.Item(item.position(), item.questionId(), item.optionOrder(), selected, correct));
        }
        boolean passed = Scoring.passes(score, attempt.maxScore(), attempt.passMarkPercent());
        Instant now = clock.instant();
        int finalScore = score;
        transactions.executeWithoutResult(tx -> {
            if (attempts.submit(attempt, answered, finalScore, passed, now)) {
                events.publishEvent(new AttemptSubmitted(attempt.id(), attempt.tenantId(), attempt.userId(),
                        attempt.courseId(), attempt.courseVersion(), attempt.launchId(), attempt.contextId(),
                        attempt.resourceLinkId(), finalScore, attempt.maxScore(), passed, now));
            }
        });
        return find(launch, attempt.id()).orElseThrow();
    }

    List<AttemptRepository.ContextAttempt> inContext(LaunchContext launch, String courseId) {
        if (launch.contextId() == null) {
            return List.of();
        }
        return attempts.inContext(launch.tenant().id(), launch.contextId(), courseId);
    }

    static final class AttemptNotAllowed extends RuntimeException {
        private final AssessmentStatus status;

        AttemptNotAllowed(AssessmentStatus status) {
            super("attempt not allowed", null, false, false);
            this.status = status;
        }

        AssessmentStatus status() {
            return status;
        }
    }
}
