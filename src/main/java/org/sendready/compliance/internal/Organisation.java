package org.sendready.compliance.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A local authority, or a school or setting (optionally within an LA), or, when the LMS says neither, the LMS course
 * or deployment people launched from. Belongs to one tenant.
 */
record Organisation(long id, long tenantId, String key, Kind kind, String name, String laCode, String urn,
                    Long parentId) {

    public boolean isLocalAuthority() {
        return kind == Kind.LA;
    }

    enum Kind {
        LA("Local authority"),
        SCHOOL("School"),
        ACADEMY("Academy"),
        EARLY_YEARS("Early years setting"),
        COLLEGE("College"),
        LMS("LMS course or deployment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The custom parameter {@code org_type}: la, school, academy, early-years (or setting), college. */
        static Optional<Kind> fromOrgType(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "la", "local-authority" -> Optional.of(LA);
                case "school", "maintained-school" -> Optional.of(SCHOOL);
                case "academy", "free-school" -> Optional.of(ACADEMY);
                case "early-years", "setting", "nursery", "early-years-setting" -> Optional.of(EARLY_YEARS);
                case "college", "fe", "further-education" -> Optional.of(COLLEGE);
                default -> Optional.empty();
            };
        }
    }
}
