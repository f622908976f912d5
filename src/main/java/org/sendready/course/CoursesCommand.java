package org.sendready.course;

import java.io.PrintStream;

/** {@code java -jar sendready.jar courses lint [location]}: checks course content without starting the tool. */
public final class CoursesCommand {

    private CoursesCommand() {
    }

    /** True when the arguments name this command. */
    public static boolean handles(String[] args) {
        return args.length >= 2 && "courses".equals(args[0]) && "lint".equals(args[1]);
    }

    /** Runs the command; the exit status is 0 when the content passes. */
    public static int run(String[] args, PrintStream out) {
        String location = args.length >= 3 ? args[2] : "classpath:courses";
        return org.sendready.course.internal.ContentLint.run(location, out);
    }
}
