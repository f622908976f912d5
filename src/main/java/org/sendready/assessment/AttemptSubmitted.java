package org.sendready.assessment;

import java.time.Instant;

/**
 * An assessment attempt was submitted and scored. Published in the transaction that stores the result, for the
 * gradebook and compliance modules.
 *
 * @param launchId the launch the attempt was started from (its AGS endpoint and resource link)
 */
public record AttemptSubmitted(
        String attemptId,
        long tenantId,
        long userId,
        String courseId,
        String courseVersion,
        String launchId,
        Long contextId,
        Long resourceLinkId,
        int score,
        int maxScore,
        boolean passed,
        Instant submittedAt) {
}
