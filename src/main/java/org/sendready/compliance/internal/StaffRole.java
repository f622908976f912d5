package org.sendready.compliance.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person does at their organisation; decides which requirements apply. Codes are what LMSs send. */
enum StaffRole {
    TEACHER("teacher", "Teacher"),
    ECT("ect", "Early career teacher"),
    TEACHING_ASSISTANT("teaching-assistant", "Teaching assistant"),
    SENCO("senco", "SENCO"),
    SENIOR_LEADER("senior-leader", "Senior leader"),
    GOVERNOR("governor", "Governor"),
    EARLY_YEARS_PRACTITIONER("early-years-practitioner", "Early years practitioner"),
    EY_SENCO("ey-senco", "Early years or Area SENCO"),
    LA_CASEWORKER("la-caseworker", "LA caseworker"),
    EDUCATIONAL_PSYCHOLOGIST("educational-psychologist", "Educational psychologist"),
    OTHER_STAFF("other-staff", "Other staff");

    private final String code;
    private final String label;

    StaffRole(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Accepts the code in any case, with hyphens, underscores or spaces ({@code Teaching_Assistant}). */
    static Optional<StaffRole> fromCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (normalised.equals("area-senco") || normalised.equals("early-years-senco")) {
            return Optional.of(EY_SENCO);
        }
        return Arrays.stream(values()).filter(r -> r.code.equals(normalised)).findFirst();
    }
}
