package org.sendready.compliance.internal;

import java.time.LocalDate;

/**
 * A person's standing on one requirement.
 *
 * @param dueOn       when the (current year's) training is due; overdue only after the grace period
 * @param completedOn when the requirement was met, or {@code null}
 * @param validUntil  the last day a completion counts ({@code null}: complete for good, or not complete)
 */
record RequirementStatus(Requirement requirement, TrainingStatus status, LocalDate dueOn, LocalDate completedOn,
                         LocalDate validUntil) {

    public boolean complete() {
        return status == TrainingStatus.COMPLETE;
    }
}
