package org.sendready.compliance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The due and expiry rules, as one pure function of the requirement, the person's start, their training records and
 * today's date (Europe/London). Annual requirements run by academic year: a pass counts from the day it happened
 * until 31 August, and the next year's training falls due {@code dueDays} after 1 September (or after the person
 * starts, if later).
 */
final class StatusRules {

    static final int SOON = 30;
    static final int LATER = 60;

    private StatusRules() {
    }

    static RequirementStatus evaluate(Requirement requirement, LocalDate startedOn, Collection<TrainingRecord> records,
                                      LocalDate today) {
        AcademicYear year = AcademicYear.containing(today);
        boolean annual = requirement.renewal() == Requirement.Renewal.ANNUAL;
        LocalDate windowStart = annual ? year.firstDay() : LocalDate.MIN;

        LocalDate completedOn = null;
        boolean everyCourse = !requirement.courseIds().isEmpty();
        for (String courseId : requirement.courseIds()) {
            Optional<LocalDate> firstPass = records.stream()
                    .filter(r -> r.isPass() && r.courseId().equals(courseId))
                    .map(r -> ComplianceCalendar.dateOf(r.occurredAt()))
                    .filter(d -> !d.isBefore(windowStart) && !d.isAfter(today))
                    .min(Comparator.naturalOrder());
            if (firstPass.isEmpty()) {
                everyCourse = false;
            } else if (completedOn == null || firstPass.get().isAfter(completedOn)) {
                completedOn = firstPass.get();
            }
        }
        LocalDate base = annual && startedOn.isBefore(year.firstDay()) ? year.firstDay() : startedOn;
        LocalDate dueOn = base.plusDays(requirement.dueDays());
        if (everyCourse) {
            return new RequirementStatus(requirement, TrainingStatus.COMPLETE, dueOn, completedOn,
                    annual ? year.lastDay() : null);
        }

        boolean lapsed = annual && !requirement.courseIds().isEmpty() && requirement.courseIds().stream()
                .allMatch(courseId -> records.stream().anyMatch(r -> r.isPass() && r.courseId().equals(courseId)
                        && ComplianceCalendar.dateOf(r.occurredAt()).isBefore(windowStart)));
        boolean inProgress = records.stream()
                .filter(r -> requirement.courseIds().contains(r.courseId()))
                .map(r -> ComplianceCalendar.dateOf(r.occurredAt()))
                .anyMatch(d -> !d.isBefore(windowStart) && !d.isAfter(today));
        long daysLeft = ChronoUnit.DAYS.between(today, dueOn);
        TrainingStatus status;
        if (today.isAfter(dueOn.plusDays(requirement.graceDays()))) {
            status = TrainingStatus.OVERDUE;
        } else if (lapsed) {
            status = TrainingStatus.EXPIRED;
        } else if (daysLeft <= SOON) {
            status = TrainingStatus.DUE_WITHIN_30_DAYS;
        } else if (daysLeft <= LATER) {
            status = TrainingStatus.DUE_WITHIN_60_DAYS;
        } else {
            status = inProgress ? TrainingStatus.IN_PROGRESS : TrainingStatus.NOT_STARTED;
        }
        return new RequirementStatus(requirement, status, dueOn, null, null);
    }
}
