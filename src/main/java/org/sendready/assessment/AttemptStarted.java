package org.sendready.assessment;

import java.time.Instant;

/** A new assessment attempt began (not a resumed one). Published in the transaction that stores it. */
public record AttemptStarted(String attemptId, long tenantId, long userId, String courseId, String courseVersion,
                             String launchId, Instant startedAt) {
}
