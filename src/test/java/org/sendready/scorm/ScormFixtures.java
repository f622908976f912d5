package org.sendready.scorm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.sendready.course.Citation;
import org.sendready.course.Course;
import org.sendready.course.CourseContent;
import org.sendready.course.Lesson;
import org.sendready.course.Question;

/** Courses for the SCORM tests: every shipped course, plus built ones that stay put while content is being written. */
public final class ScormFixtures {

    static final Path NODE_MODULES = Path.of("src/test/scorm/node_modules");
    private static final Citation SOURCE = new Citation("CFA2014", "s.20(1)", "CFA 2014",
            "Children and Families Act 2014", "https://www.legislation.gov.uk/ukpga/2014/6/section/20");

    private ScormFixtures() {
    }

    /** The shipped courses and the built ones: what every package check runs over. */
    static List<Course> coursesUnderTest() {
        return Stream.concat(CourseContent.load("classpath:courses").stream(),
                Stream.of(small(), largest())).toList();
    }

    /** A short course for browser runs: three lessons, a pool of 8, 4 questions an attempt, pass mark 75%. */
    public static Course small() {
        return course("t1-scorm-small", "T1", 3, 8, 4, 4, 75);
    }

    /** Bigger than any course the lint allows in practice: many lessons, a large pool, many options. */
    static Course largest() {
        return course("t9-scorm-largest", "T9", 40, 120, 60, 8, 80);
    }

    /** The shipped course with the most state to keep, or the built largest one when none is bigger. */
    static Course largestUnderTest() {
        return coursesUnderTest().stream()
                .max((a, b) -> Integer.compare(a.questionsPerAttempt() * 8 + a.lessons().size(),
                        b.questionsPerAttempt() * 8 + b.lessons().size()))
                .orElseThrow();
    }

    static Course course(String id, String code, int lessonCount, int pool, int perAttempt, int options,
                         int passMark) {
        List<Lesson> lessons = new ArrayList<>();
        for (int n = 1; n <= lessonCount; n++) {
            lessons.add(new Lesson(n, "lesson-" + n, "Lesson " + n + " title", 5, List.of(SOURCE),
                    "<p>Body of lesson " + n + ": a child has SEN when they need special educational provision "
                            + "<a href=\"https://www.legislation.gov.uk/ukpga/2014/6/section/20\">CFA 2014 s.20</a>."
                            + " Text that looks like markup stays text: &lt;/script&gt; &amp; {{data}}.</p>"
                            + "<table><thead><tr><th>Term</th><th>Meaning</th></tr></thead>"
                            + "<tbody><tr><td>EHC plan</td><td>Education, health and care plan</td></tr></tbody>"
                            + "</table>", 900));
        }
        List<Question> questions = new ArrayList<>();
        for (int q = 1; q <= pool; q++) {
            String qid = id + "-q" + q;
            if (q % 5 == 0) {
                questions.add(new Question(qid, Question.Type.TRUE_FALSE, "Statement " + q + " is true?",
                        List.of(new Question.Option("true", "True"), new Question.Option("false", "False")),
                        Set.of("true"), "Explanation " + q + ".", SOURCE, "o1", false));
            } else {
                List<Question.Option> opts = new ArrayList<>();
                for (int o = 0; o < options; o++) {
                    opts.add(new Question.Option(String.valueOf((char) ('a' + o)),
                            "Option " + (char) ('a' + o) + " of question " + q));
                }
                boolean multiple = q % 3 == 0;
                questions.add(new Question(qid, multiple ? Question.Type.MULTIPLE : Question.Type.SINGLE,
                        "Question " + q + ": which </script> is right?", opts, multiple ? Set.of("a", "c") : Set.of("b"),
                        "Explanation " + q + ".", SOURCE, "o1", q % 2 == 0));
            }
        }
        return new Course(id, "1.0.0", code, "Test course " + code, "A course for testing SCORM export.",
                List.of("all-staff"), 20, 35, passMark, perAttempt, new Course.AttemptPolicy(0, 30),
                LocalDate.of(2026, 11, 1), List.of(SOURCE), List.of(new Course.Outcome("o1", "Know the law.")),
                lessons, questions);
    }

    /** A file from the npm packages the tests use; fails with the fix when they have not been installed. */
    static Path npm(String relative) {
        Path path = NODE_MODULES.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: run `npm ci --prefix src/test/scorm` first");
        }
        return path;
    }
}
