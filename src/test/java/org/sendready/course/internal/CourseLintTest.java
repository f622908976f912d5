package org.sendready.course.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.support.FixtureCourses;

/** The content lint: the shipped courses pass it, and each rule catches what it is for. */
class CourseLintTest {

    @TempDir
    Path root;

    @Test
    void theShippedCoursesPassTheLint() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ContentLint.run("classpath:courses", new PrintStream(out, true));
        assertThat(out.toString()).contains("no problems");
        assertThat(status).isZero();
    }

    @Test
    void theShippedCatalogueHoldsEightModulesOfTheRequiredShape() {
        CourseLoader.Loaded loaded = new CourseLoader("classpath:courses", getClass().getClassLoader()).load();
        assertThat(loaded.courses()).hasSize(8);
        loaded.courses().forEach(course -> {
            assertThat(course.questions().size()).as(course.id()).isGreaterThanOrEqualTo(20);
            assertThat(course.estimatedMinutes()).as(course.id()).isBetween(20, 40);
            assertThat(course.lawInForceOn()).as(course.id()).isNotNull();
        });
    }

    @BeforeEach
    void writeAValidCourse() throws IOException {
        FixtureCourses.writeCatalogue(root, "t1-test");
        FixtureCourses.writeCourse(root, "t1-test", "T1");
    }

    @Test
    void aValidCoursePasses() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void aSingleChoiceQuestionWithTwoCorrectAnswersIsRefused() throws IOException {
        replace("questions.yml", "correct: [a]\n    explanation: Because the Act says so.\n    source: CFA2014 s.20(1)\n",
                "correct: [a, b]\n    explanation: Because the Act says so.\n    source: CFA2014 s.20(1)\n", 1);
        assertThat(problems()).anyMatch(p -> p.contains("exactly one correct option"));
    }

    @Test
    void anUnknownOrMalformedCitationIsRefused() throws IOException {
        replace("questions.yml", "source: CFA2014 s.20(1)", "source: CFA2014 section twenty", 1);
        replace("lessons/01-first.md", "[[CFA2014 s.20(1)]]", "[[Wikipedia SEN]]", 1);
        assertThat(problems()).anyMatch(p -> p.contains("does not resolve against instruments.yml"))
                .anyMatch(p -> p.contains("inline citation [[Wikipedia SEN]] does not resolve"));
    }

    @Test
    void aPoolSmallerThanTwiceTheAttemptIsRefused() throws IOException {
        replace("course.yml", "questions_per_attempt: 10", "questions_per_attempt: 11", 1);
        assertThat(problems()).anyMatch(p -> p.contains("at least twice questions_per_attempt"));
    }

    @Test
    void emptyAndDuplicateOptionsAreRefused() throws IOException {
        replace("questions.yml", "{id: b, text: Wrong}", "{id: b, text: Right}", 1);
        replace("questions.yml", "{id: c, text: Also wrong}", "{id: c, text: ''}", 1);
        assertThat(problems()).anyMatch(p -> p.contains("two options have the same text"))
                .anyMatch(p -> p.contains("has no text"));
    }

    @Test
    void duplicateQuestionIdsAreRefused() throws IOException {
        replace("questions.yml", "id: t1-q02", "id: t1-q01", 1);
        assertThat(problems()).anyMatch(p -> p.contains("\"t1-q01\" is used more than once"));
    }

    @Test
    void linksOutsideLegislationAndGovUkAreRefused() throws IOException {
        replace("lessons/01-first.md", "https://www.legislation.gov.uk/ukpga/2014/6/section/20",
                "https://example.com/send", 1);
        assertThat(problems()).anyMatch(p -> p.contains("link https://example.com/send"));
    }

    @Test
    void rawHtmlIsNeverRendered() throws IOException {
        replace("lessons/01-first.md", "A child has SEN", "<script>alert(1)</script> A child has SEN", 1);
        CourseLoader.Loaded loaded = new CourseLoader("file:" + root + "/", getClass().getClassLoader()).load();
        assertThat(loaded.courses().get(0).lessons().get(0).html()).doesNotContain("<script");
    }

    @Test
    void aLessonWithoutSourcesOrWithDishonestMinutesIsRefused() throws IOException {
        replace("lessons/02-second.md", "sources: [SENDCoP2015 para 6.44]", "sources: []", 1);
        replace("lessons/01-first.md", "minutes: 10", "minutes: 25", 1);
        assertThat(problems()).anyMatch(p -> p.contains("02-second.md: sources must cite"))
                .anyMatch(p -> p.contains("01-first.md: declares 25 minutes"));
    }

    @Test
    void tooFewScenariosAreRefused() throws IOException {
        replace("questions.yml", "scenario: true", "scenario: false", 5);
        assertThat(problems()).anyMatch(p -> p.contains("at least a quarter must be"));
    }

    @Test
    void anUnknownKeyInACourseFileIsRefused() throws IOException {
        replace("course.yml", "pass_mark_percent: 80", "pass_mark: 80", 1);
        assertThat(problems()).anyMatch(p -> p.contains("course.yml: YAML problem"));
    }

    private List<String> problems() {
        return new CourseLoader("file:" + root + "/", getClass().getClassLoader()).load().problems();
    }

    private void replace(String file, String from, String to, int times) throws IOException {
        Path path = root.resolve("t1-test").resolve(file);
        String text = Files.readString(path);
        for (int i = 0; i < times; i++) {
            assertThat(text).as("fixture holds " + from).contains(from);
            text = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        }
        Files.writeString(path, text);
    }
}
