package org.sendready.course;

/**
 * A pinpoint reference to a primary source, e.g. "CFA2014 s.20(1)": the instrument's key, the pinpoint within it, and
 * the instrument's title and URL for display.
 */
public record Citation(String key, String pinpoint, String shortTitle, String title, String url) {

    /** "Children and Families Act 2014, s.20(1)". */
    public String full() {
        return title + ", " + pinpoint;
    }

    /** "CFA 2014 s.20(1)". */
    public String brief() {
        return shortTitle + " " + pinpoint;
    }
}
