package org.sendready.compliance.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Proof of one passed course. The holder's name and the course title are kept as they were on the day, so the
 * certificate reads the same however the person or the catalogue changes later.
 *
 * @param validUntil the last day the pass counts towards an annual requirement, or {@code null} (no expiry)
 */
record Certificate(String code, String attemptId, long tenantId, long userId, String holderName, String courseId,
                   String courseTitle, String courseVersion, Instant completedAt, LocalDate validUntil) {

    public LocalDate completedOn() {
        return ComplianceCalendar.dateOf(completedAt);
    }

    public boolean validOn(LocalDate date) {
        return validUntil == null || !date.isAfter(validUntil);
    }
}
