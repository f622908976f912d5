package org.sendready.compliance.internal;

/** Where a person stands on one requirement, most urgent first. */
enum TrainingStatus {
    OVERDUE("Overdue", "overdue"),
    EXPIRED("Expired", "expired"),
    DUE_WITHIN_30_DAYS("Due within 30 days", "due30"),
    DUE_WITHIN_60_DAYS("Due within 60 days", "due60"),
    IN_PROGRESS("In progress", "progress"),
    NOT_STARTED("Not started", "not-started"),
    COMPLETE("Complete", "complete");

    private final String label;
    private final String code;

    TrainingStatus(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** Used in CSS class names, filters and CSV. */
    public String code() {
        return code;
    }

    static TrainingStatus fromCode(String code) {
        for (TrainingStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
