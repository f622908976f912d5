package org.sendready.scorm;

import java.util.Arrays;
import java.util.Optional;

/** The SCORM editions a course can be exported as, with the code used on the command line and in URLs. */
public enum ScormFormat {
    SCORM12("scorm12", "SCORM 1.2"),
    SCORM2004("scorm2004", "SCORM 2004 4th Edition");

    private final String code;
    private final String label;

    ScormFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ScormFormat> parse(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
