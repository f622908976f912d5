package org.sendready.course.internal;

import java.io.PrintStream;
import java.util.List;

import org.sendready.course.Course;

/** The lint as a command: loads the content at a location and reports every problem. */
public final class ContentLint {

    private ContentLint() {
    }

    public static int run(String location, PrintStream out) {
        CourseLoader.Loaded loaded = new CourseLoader(location, ContentLint.class.getClassLoader()).load();
        loaded.courses().forEach(c -> out.printf("%-40s v%-7s %2d lessons, %2d questions, %2d minutes%n", c.id(),
                c.version(), c.lessons().size(), c.questions().size(), c.estimatedMinutes()));
        if (loaded.problems().isEmpty()) {
            out.println("courses lint: " + loaded.courses().size() + " courses, no problems");
            return 0;
        }
        loaded.problems().forEach(p -> out.println("problem: " + p));
        out.println("courses lint: " + loaded.problems().size() + " problems");
        return 1;
    }

    /** The courses at a location, refused as a whole when the content fails the lint. */
    public static List<Course> courses(String location) {
        CourseLoader.Loaded loaded = new CourseLoader(location, ContentLint.class.getClassLoader()).load();
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("course content fails the lint:\n  "
                    + String.join("\n  ", loaded.problems()));
        }
        return List.copyOf(loaded.courses());
    }
}
