package org.sendready.lti;

/** What a person may do in SENDReady, derived from the LTI roles their platform sends. */
public enum AppRole {
    LEARNER,
    INSTRUCTOR,
    ADMINISTRATOR;

    /** Spring Security authority name, e.g. {@code ROLE_INSTRUCTOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
