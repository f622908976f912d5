package org.sendready.compliance.internal;

import java.util.List;
import java.util.Set;

/**
 * Training a role must complete: every listed course passed, due {@code dueDays} after the person starts (or after
 * the academic year starts, when renewed annually), overdue only once {@code graceDays} more have passed.
 */
record Requirement(String id, String title, Set<StaffRole> roles, List<String> courseIds, Renewal renewal,
                   int dueDays, int graceDays) {

    Requirement {
        roles = Set.copyOf(roles);
        courseIds = List.copyOf(courseIds);
    }

    boolean appliesTo(StaffRole role) {
        return roles.contains(role);
    }

    enum Renewal {
        /** Completed once, valid for good. */
        ONCE,
        /** Completed again every academic year; a completion is valid until 31 August. */
        ANNUAL
    }
}
