package org.sendready.compliance.internal;

import java.time.Instant;

/** One attempt event for a person and course: started, or submitted (passed or not). */
record TrainingRecord(String attemptId, Event event, String courseId, String courseVersion, boolean passed,
                      Instant occurredAt) {

    enum Event { STARTED, SUBMITTED }

    boolean isPass() {
        return event == Event.SUBMITTED && passed;
    }
}
