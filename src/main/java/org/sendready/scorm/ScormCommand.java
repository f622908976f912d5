package org.sendready.scorm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendready.course.Course;
import org.sendready.course.CourseContent;
import org.sendready.scorm.internal.ScormPackager;

/**
 * {@code java -jar sendready.jar scorm export --course <id>|all --format scorm12|scorm2004 --out <dir>}: writes SCORM
 * packages of the shipped courses without starting the tool. {@code --content <location>} reads courses from
 * elsewhere (default {@code classpath:courses}).
 */
public final class ScormCommand {

    static final String USAGE = "usage: scorm export --course <id>|all --format scorm12|scorm2004 --out <dir>"
            + " [--content <location>]";

    private ScormCommand() {
    }

    /** True when the arguments name this command. */
    public static boolean handles(String[] args) {
        return args.length >= 2 && "scorm".equals(args[0]) && "export".equals(args[1]);
    }

    /** Runs the command: 0 when every package was written, 1 when the content or output failed, 2 on bad usage. */
    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        String courseId = options.get("--course");
        Optional<ScormFormat> format = ScormFormat.parse(String.valueOf(options.get("--format")));
        String outDir = options.get("--out");
        if (!handles(args) || options.containsKey("?") || courseId == null || format.isEmpty() || outDir == null) {
            out.println(USAGE);
            return 2;
        }
        List<Course> courses;
        try {
            courses = CourseContent.load(options.getOrDefault("--content", "classpath:courses"));
        } catch (IllegalStateException e) {
            out.println("scorm export: " + e.getMessage());
            return 1;
        }
        List<Course> chosen = "all".equals(courseId) ? courses
                : courses.stream().filter(c -> c.id().equals(courseId)).toList();
        if (chosen.isEmpty()) {
            out.println("scorm export: " + ("all".equals(courseId) ? "there are no courses"
                    : "no course \"" + courseId + "\"; courses: " + courses.stream().map(Course::id).toList()));
            return 1;
        }
        ScormPackager packager = new ScormPackager();
        try {
            Path dir = Files.createDirectories(Path.of(outDir));
            for (Course course : chosen) {
                Path file = dir.resolve(ScormPackager.fileName(course, format.get()));
                byte[] zip = packager.build(course, format.get());
                Files.write(file, zip);
                out.printf("%s %s: %s (%,d bytes)%n", format.get().label(), course.id(), file, zip.length);
            }
        } catch (IOException e) {
            out.println("scorm export: cannot write to " + outDir + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** "--name value" pairs after "scorm export"; anything else is recorded under "?" as bad usage. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(args[i], args[++i]);
            } else {
                options.put("?", args[i]);
            }
        }
        return options;
    }
}
