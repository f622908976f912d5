package org.sendready.assessment;

import java.time.Instant;
import java.util.Optional;

/**
 * Where one person stands on one course's assessment.
 *
 * @param submittedAttempts attempts submitted on the current course version
 * @param passed            whether any of them passed
 * @param bestPercent       best score as a percentage, if any attempt was submitted
 * @param openAttemptId     the attempt in progress, if there is one
 * @param nextStartAllowed  when a new attempt may start (now, or after the wait that follows a fail)
 * @param attemptsLeft      attempts left on this version; empty when unlimited
 */
public record AssessmentStatus(int submittedAttempts, boolean passed, Optional<Integer> bestPercent,
                               Optional<String> openAttemptId, Instant nextStartAllowed,
                               Optional<Integer> attemptsLeft) {

    public boolean canStart(Instant now) {
        return openAttemptId.isPresent()
                || (!nextStartAllowed.isAfter(now) && attemptsLeft.map(left -> left > 0).orElse(true));
    }
}
