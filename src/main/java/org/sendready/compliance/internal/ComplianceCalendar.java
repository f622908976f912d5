package org.sendready.compliance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Dates as schools in England count them: "today" and the day a course was passed are dates in Europe/London,
 * whatever zone the server runs in, so a pass at 00:30 BST on 1 September counts for the new academic year.
 */
@Component
class ComplianceCalendar {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    ComplianceCalendar(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    Instant now() {
        return clock.instant();
    }

    static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
