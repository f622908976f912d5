package org.sendready.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scorm export} writes packages without starting the tool, and says what is wrong when it cannot. */
class ScormCommandTest {

    @TempDir
    Path content;
    @TempDir
    Path out;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void exportsOneCourseInTheChosenEdition() throws IOException {
        int status = run("scorm", "export", "--course", "t1-cmd", "--format", "scorm2004", "--out", out.toString(),
                "--content", location());
        assertThat(status).as(printed.toString()).isZero();
        Path zip = out.resolve("t1-cmd-1.0.0-scorm2004.zip");
        assertThat(zip).exists();
        assertThat(PackageChecks.unzip(Files.readAllBytes(zip))).containsKeys("imsmanifest.xml", "index.html",
                "player.js", "player.css");
        assertThat(printed.toString()).contains("SCORM 2004 4th Edition t1-cmd");
    }

    @Test
    void exportsEveryCourseWithAll() {
        assertThat(run("scorm", "export", "--course", "all", "--format", "scorm12", "--out",
                out.resolve("new/dir").toString(), "--content", location())).isZero();
        assertThat(out.resolve("new/dir/t1-cmd-1.0.0-scorm12.zip")).exists();
        assertThat(out.resolve("new/dir/t2-cmd-1.0.0-scorm12.zip")).exists();
    }

    @Test
    void anUnknownCourseIsReportedWithTheCoursesThereAre() {
        assertThat(run("scorm", "export", "--course", "m9-nothing", "--format", "scorm12", "--out", out.toString(),
                "--content", location())).isEqualTo(1);
        assertThat(printed.toString()).contains("no course \"m9-nothing\"").contains("t1-cmd");
    }

    @Test
    void badUsageShowsTheUsage() {
        assertThat(run("scorm", "export", "--course", "t1-cmd", "--format", "scorm3000", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(run("scorm", "export", "--course", "t1-cmd", "--format", "scorm12")).isEqualTo(2);
        assertThat(printed.toString()).contains(ScormCommand.USAGE);
    }

    @Test
    void contentThatFailsTheLintIsRefused() throws IOException {
        Files.writeString(content.resolve("t1-cmd/course.yml"), Files.readString(content.resolve("t1-cmd/course.yml"))
                .replace("pass_mark_percent: 80", "pass_mark_percent: 0"));
        assertThat(run("scorm", "export", "--course", "all", "--format", "scorm12", "--out", out.toString(),
                "--content", location())).isEqualTo(1);
        assertThat(printed.toString()).contains("fails the lint");
    }

    @Test
    void handlesOnlyItsOwnCommand() {
        assertThat(ScormCommand.handles(new String[] {"scorm", "export"})).isTrue();
        assertThat(ScormCommand.handles(new String[] {"courses", "lint"})).isFalse();
        assertThat(ScormCommand.handles(new String[] {"scorm"})).isFalse();
    }

    private int run(String... args) {
        return ScormCommand.run(args, new PrintStream(printed, true));
    }

    private String location() {
        return "file:" + content + "/";
    }

    @BeforeEach
    void writeTwoCourses() throws IOException {
        Files.copy(Path.of("src/main/resources/courses/instruments.yml"), content.resolve("instruments.yml"));
        Files.writeString(content.resolve("pathways.yml"), """
                pathways:
                  - id: all-staff
                    title: All staff
                    courses: [t1-cmd, t2-cmd]
                """);
        writeCourse("t1-cmd", "T1");
        writeCourse("t2-cmd", "T2");
    }

    private void writeCourse(String id, String code) throws IOException {
        Path lessons = Files.createDirectories(content.resolve(id).resolve("lessons"));
        Files.writeString(lessons.getParent().resolve("course.yml"), """
                id: %s
                version: 1.0.0
                module_code: %s
                title: Command test course
                summary: A course for testing the export command.
                audiences: [all-staff]
                estimated_minutes: 20
                cpd_minutes: 35
                pass_mark_percent: 80
                questions_per_attempt: 10
                attempt_policy: {attempts_allowed: 0, minutes_between_attempts: 30}
                law_in_force_on: 2026-11-01
                legal_basis: [CFA2014 Part 3]
                outcomes:
                  - {id: o1, text: Know the law.}
                """.formatted(id, code));
        for (int n = 1; n <= 2; n++) {
            Files.writeString(lessons.resolve("0" + n + "-lesson-" + n + ".md"), """
                    ---
                    title: Lesson %d
                    minutes: 10
                    sources: [CFA2014 s.20]
                    ---
                    A child has SEN in the sense of the Act [[CFA2014 s.20(1)]].

                    """.formatted(n) + "word ".repeat(1800));
        }
        StringBuilder questions = new StringBuilder("questions:\n");
        for (int q = 1; q <= 20; q++) {
            questions.append("""
                      - id: %s-q%02d
                        type: single
                        scenario: %s
                        outcome: o1
                        stem: Question %d?
                        options:
                          - {id: a, text: Right}
                          - {id: b, text: Wrong}
                          - {id: c, text: Also wrong}
                        correct: [a]
                        explanation: Because the Act says so.
                        source: CFA2014 s.20(1)
                    """.formatted(id, q, q <= 5, q));
        }
        Files.writeString(lessons.getParent().resolve("questions.yml"), questions.toString());
    }
}
