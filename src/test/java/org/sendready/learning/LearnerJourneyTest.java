package org.sendready.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.course.Question;
import org.sendready.support.AssessmentForms;
import org.sendready.support.Browser;
import org.sendready.support.Launcher;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A learner reads, resumes, passes, fails and retakes, through the real HTTP flow. */
class LearnerJourneyTest extends ToolIntegrationTest {

    private static final String COURSE = "m1-send-law-essentials";
    private static final Pattern ATTEMPT = Pattern.compile("/courses/[a-z0-9-]+/attempts/([0-9a-f-]{36})");

    @Autowired
    CourseCatalog catalog;
    @Autowired
    JdbcClient jdbc;

    private final Launcher launcher = new Launcher(BASE, PLATFORM);

    @Test
    void readsLessonsAndResumesWhereItLeftOffInALaterLaunch() {
        String person = "reader-" + UUID.randomUUID();
        Browser first = new Browser();
        HttpResponse<String> overview = launcher.launch(first, person, List.of(TestPlatform.LEARNER),
                Map.of("course_id", COURSE), "ctx-a");
        assertThat(overview.body()).contains("Start reading");
        assertThat(first.get(BASE + "/courses/" + COURSE + "/lessons/1").body()).contains("Lesson 1 of");
        assertThat(first.get(BASE + "/courses/" + COURSE + "/lessons/2").statusCode()).isEqualTo(200);

        Browser later = new Browser(); // the tab was closed; a new launch from the LMS
        HttpResponse<String> resumed = launcher.launch(later, person, List.of(TestPlatform.LEARNER),
                Map.of("course_id", COURSE), "ctx-a");
        assertThat(resumed.body()).contains("Continue reading (lesson 2)", "Reading progress: 2 of");
    }

    @Test
    void passesWithCorrectAnswersAndTheResultCitesItsSources() {
        Browser browser = learner("passer");
        String attempt = startAttempt(browser);
        HttpResponse<String> page = browser.get(BASE + "/courses/" + COURSE + "/attempts/" + attempt);
        HttpResponse<String> result = submit(browser, attempt, answers(page.body(), true));
        assertThat(result.body()).contains("You passed.", "out of 10");
        Course course = catalog.find(COURSE).orElseThrow();
        assertThat(result.body()).contains(course.questions().get(0).source().url());
        assertThat(jdbc.sql("SELECT score, max_score, passed, course_version FROM attempt WHERE id = ?").param(attempt)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4))).single())
                .containsExactly(10, 10, true, course.version());
    }

    @Test
    void failsWithWrongAnswersThenMustWaitBeforeRetaking() {
        Browser browser = learner("failer");
        String attempt = startAttempt(browser);
        HttpResponse<String> page = browser.get(BASE + "/courses/" + COURSE + "/attempts/" + attempt);
        HttpResponse<String> result = submit(browser, attempt, answers(page.body(), false));
        assertThat(result.body()).contains("You did not pass this time.", "0 out of 10", "You can try again from");
        HttpResponse<String> retake = browser.post(BASE + "/courses/" + COURSE + "/assessment", csrf(browser));
        assertThat(retake.statusCode()).isEqualTo(409);
        assertThat(retake.body()).contains("You can try again from");
    }

    @Test
    void aRetakeDrawsNewQuestions() {
        Browser browser = learner("retaker");
        Set<Set<String>> draws = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String attempt = startAttempt(browser);
            HttpResponse<String> page = browser.get(BASE + "/courses/" + COURSE + "/attempts/" + attempt);
            draws.add(stems(page.body()));
            submit(browser, attempt, answers(page.body(), true)); // a pass: no wait before the next
        }
        assertThat(draws).hasSizeGreaterThan(1);
    }

    @Test
    void correctAnswersNeverReachTheBrowserBeforeSubmission() {
        Browser browser = learner("peeker");
        String attempt = startAttempt(browser);
        String body = browser.get(BASE + "/courses/" + COURSE + "/attempts/" + attempt).body();
        Course course = catalog.find(COURSE).orElseThrow();
        for (Question question : course.questions()) {
            assertThat(body).doesNotContain(question.explanation());
        }
        Document page = Jsoup.parse(body);
        for (Element input : page.select("input[name^=q]")) {
            assertThat(input.attr("value")).matches("\\d");
        }
    }

    @Test
    void doubleSubmissionAndTwoTabsMakeOneAttemptAndNoneIsLost() throws Exception {
        Browser browser = learner("double");
        List<String> started = concurrently(4, () -> {
            HttpResponse<String> r = browser.post(BASE + "/courses/" + COURSE + "/assessment", csrf(browser));
            return attemptId(r.headers().firstValue("Location").orElseThrow());
        });
        assertThat(new HashSet<>(started)).hasSize(1);
        String attempt = started.get(0);
        Map<String, List<String>> form = answers(browser.get(BASE + "/courses/" + COURSE + "/attempts/" + attempt)
                .body(), true);
        List<String> results = concurrently(4, () -> submit(browser, attempt, form).body());
        assertThat(results).allSatisfy(body -> assertThat(body).contains("You passed."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attempt WHERE id = ? AND status = 'SUBMITTED'").param(attempt)
                .query(Integer.class).single()).isEqualTo(1);
        // the back button resubmitting the old form changes nothing
        assertThat(submit(browser, attempt, form).body()).contains("You passed.");
    }

    @Test
    void oneLearnerCannotOpenAnothersAttempt() {
        Browser owner = learner("owner");
        String attempt = startAttempt(owner);
        Browser other = learner("intruder");
        assertThat(other.get(BASE + "/courses/" + COURSE + "/attempts/" + attempt).statusCode()).isEqualTo(404);
    }

    @Test
    void anInstructorSeesTheAttemptsOfTheirOwnContextOnly() {
        Browser learner = new Browser();
        launcher.launch(learner, "ctx-learner-" + UUID.randomUUID(), List.of(TestPlatform.LEARNER),
                Map.of("course_id", COURSE), "ctx-visible");
        startAttempt(learner);
        Browser instructor = new Browser();
        launcher.launch(instructor, "teacher-" + UUID.randomUUID(), List.of(TestPlatform.INSTRUCTOR), Map.of(),
                "ctx-visible");
        assertThat(instructor.get(BASE + "/catalogue").body()).contains("SEND law essentials");
        assertThat(instructor.get(BASE + "/catalogue/" + COURSE + "/attempts").body()).contains("In progress");
        Browser elsewhere = new Browser();
        launcher.launch(elsewhere, "teacher-" + UUID.randomUUID(), List.of(TestPlatform.INSTRUCTOR), Map.of(),
                "ctx-other");
        assertThat(elsewhere.get(BASE + "/catalogue/" + COURSE + "/attempts").body())
                .contains("No attempts have been made");
        assertThat(learner.get(BASE + "/catalogue").statusCode()).isEqualTo(403);
    }

    private Browser learner(String name) {
        Browser browser = new Browser();
        launcher.launch(browser, name + "-" + UUID.randomUUID(), List.of(TestPlatform.LEARNER),
                Map.of("course_id", COURSE), "ctx-journey");
        return browser;
    }

    private String startAttempt(Browser browser) {
        HttpResponse<String> started = browser.post(BASE + "/courses/" + COURSE + "/assessment", csrf(browser));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        return attemptId(started.headers().firstValue("Location").orElseThrow());
    }

    private Map<String, String> csrf(Browser browser) {
        Document overview = Jsoup.parse(browser.get(BASE + "/courses/" + COURSE).body());
        return Map.of("_csrf", overview.select("meta[name=csrf-token]").attr("content"));
    }

    private Map<String, List<String>> answers(String body, boolean right) {
        if (body == null) {
            return Map.of();
        }
        return AssessmentForms.answers(catalog.find(COURSE).orElseThrow(), body, right);
    }

    private HttpResponse<String> submit(Browser browser, String attempt, Map<String, List<String>> form) {
        return AssessmentForms.submit(browser, BASE + "/courses/" + COURSE + "/attempts/" + attempt, form);
    }

    private static Set<String> stems(String body) {
        Set<String> stems = new HashSet<>();
        Jsoup.parse(body).select("fieldset legend").forEach(legend -> stems.add(legend.select("span").get(1).text()));
        return stems;
    }

    private static String attemptId(String location) {
        Matcher m = ATTEMPT.matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return m.group(1);
    }

    private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
