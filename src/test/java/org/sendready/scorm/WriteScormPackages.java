package org.sendready.scorm;

import java.nio.file.Path;

/**
 * Writes both editions' packages of every shipped course into a folder ({@code scorm-packages/} by default); run by
 * {@code ./mvnw -Pscorm-packages -DskipTests process-test-classes}. Fails the build when a package cannot be written.
 */
public final class WriteScormPackages {

    private WriteScormPackages() {
    }

    public static void main(String[] args) {
        String out = args.length > 0 ? args[0] : Path.of("scorm-packages").toString();
        for (ScormFormat format : ScormFormat.values()) {
            int status = ScormCommand.run(new String[] {"scorm", "export", "--course", "all", "--format",
                    format.code(), "--out", out}, System.out);
            if (status != 0) {
                throw new IllegalStateException("scorm export " + format.code() + " failed with status " + status);
            }
        }
    }
}
