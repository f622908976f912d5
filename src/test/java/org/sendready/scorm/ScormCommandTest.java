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
import org.sendready.support.FixtureCourses;

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
        FixtureCourses.writeCatalogue(content, "t1-cmd", "t2-cmd");
        FixtureCourses.writeCourse(content, "t1-cmd", "T1");
        FixtureCourses.writeCourse(content, "t2-cmd", "T2");
    }
}
