package org.sendready.compliance.internal;

import java.time.LocalDate;

/** A member of staff as compliance sees them: their organisation, role and the day they started. */
record Person(long tenantId, long userId, long orgId, String name, String email, StaffRole role,
              RoleSource roleSource, boolean leader, LocalDate startedOn) {

    public String displayName() {
        return name != null && !name.isBlank() ? name : "Person " + userId;
    }

    enum RoleSource {
        /** No role was sent or set: "other staff". */
        DEFAULT,
        /** From the custom parameter {@code staff_role}. */
        LAUNCH,
        /** Set by a leader; later launches do not change it. */
        LEADER
    }
}
