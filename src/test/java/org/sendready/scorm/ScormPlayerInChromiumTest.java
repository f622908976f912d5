package org.sendready.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendready.course.Course;
import org.sendready.course.Question;
import org.sendready.support.HeadlessChromium;

/**
 * Each edition's package played in headless Chromium with scorm-again as the LMS: what the LMS records for a pass and
 * a fail, suspend and resume, closing mid-way, the API in an opener, no API at all, and axe-core on every view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScormPlayerInChromiumTest {

    private static final int SCORM12_SUSPEND_LIMIT = 4096;
    private final Course course = ScormFixtures.small();
    private TestLms lms;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        lms = new TestLms();
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (lms != null) {
            lms.close();
        }
    }

    @BeforeEach
    void oneWindow() {
        List<String> handles = List.copyOf(driver.getWindowHandles());
        for (int i = 1; i < handles.size(); i++) {
            driver.switchTo().window(handles.get(i)).close();
        }
        driver.switchTo().window(handles.get(0));
    }

    @ParameterizedTest
    @EnumSource(ScormFormat.class)
    void aLearnerWhoReadsAndAnswersWellIsRecordedAsPassed(ScormFormat format) {
        launchInFrame(format, Map.of());
        readEveryLesson();
        startAssessment();
        answer(true);
        submit();
        assertThat(text(By.id("result-summary"))).contains("You passed").contains("4 of 4 correct (100%)");
        assertThat(driver.findElements(By.cssSelector(".feedback li"))).hasSize(course.questionsPerAttempt())
                .allSatisfy(li -> assertThat(li.findElement(By.cssSelector("a[href^='https://www.legislation.gov.uk/']"))
                        .getText()).contains("Children and Families Act 2014"));
        closeFrame();

        Map<String, String> set = sets();
        assertThat(log()).startsWith(format == ScormFormat.SCORM12 ? "LMSInitialize" : "Initialize")
                .contains(format == ScormFormat.SCORM12 ? "LMSCommit" : "Commit")
                .endsWith(format == ScormFormat.SCORM12 ? "LMSFinish" : "Terminate");
        if (format == ScormFormat.SCORM12) {
            assertThat(set).containsEntry("cmi.core.lesson_status", "passed").containsEntry("cmi.core.score.raw", "100")
                    .containsEntry("cmi.core.score.min", "0").containsEntry("cmi.core.score.max", "100")
                    .containsEntry("cmi.core.exit", "");
            assertThat(set.get("cmi.core.session_time")).matches("\\d{2,4}:\\d{2}:\\d{2}");
            assertThat(recorded("cmi.core.lesson_status")).isEqualTo("passed");
        } else {
            assertThat(set).containsEntry("cmi.completion_status", "completed")
                    .containsEntry("cmi.success_status", "passed").containsEntry("cmi.score.scaled", "1")
                    .containsEntry("cmi.score.raw", "100").containsEntry("cmi.exit", "normal")
                    .containsEntry("cmi.progress_measure", "1").containsEntry("adl.nav.request", "exitAll");
            assertThat(set.get("cmi.session_time")).matches("PT\\d+H\\d+M\\d+S");
            assertThat(recorded("cmi.success_status")).isEqualTo("passed");
        }
    }

    /** Every shipped course and the small built one (the largest built one is played for its state size below). */
    static Stream<Arguments> everyPackage() {
        return ScormFixtures.coursesUnderTest().stream().filter(c -> !c.id().equals(ScormFixtures.largest().id()))
                .flatMap(c -> Arrays.stream(ScormFormat.values()).map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyPackage")
    void everyPackageRunsToARecordedPassAndARecordedFail(Course each, ScormFormat format) {
        boolean v12 = format == ScormFormat.SCORM12;
        for (boolean rightly : List.of(true, false)) {
            driver.switchTo().defaultContent();
            driver.get(lms.hostUrl(each, format, "frame", Map.of()));
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("sco"));
            go("Assessment");
            startAssessment();
            assertThat(driver.findElements(By.cssSelector("fieldset[data-question-id]")))
                    .hasSize(Math.min(each.questionsPerAttempt(), each.questions().size()));
            answer(each, rightly);
            submit();
            closeFrame();
            String expected = rightly ? "passed" : "failed";
            assertThat(sets()).as(each.id() + " " + format.code() + " " + expected)
                    .containsEntry(v12 ? "cmi.core.lesson_status" : "cmi.success_status", expected)
                    .containsEntry(v12 ? "cmi.core.score.raw" : "cmi.score.raw", rightly ? "100" : "0");
            assertThat(recorded(v12 ? "cmi.core.lesson_status" : "cmi.success_status")).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(ScormFormat.class)
    void aLearnerWhoAnswersBadlyIsRecordedAsFailedAndMayTryAgain(ScormFormat format) {
        launchInFrame(format, Map.of());
        go("Assessment");
        startAssessment();
        answer(false);
        submit();
        assertThat(text(By.id("result-summary"))).contains("You did not pass").contains("0 of 4 correct (0%)")
                .contains("The pass mark is 75%");
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Try the assessment again']"))).hasSize(1);
        closeFrame();

        Map<String, String> set = sets();
        if (format == ScormFormat.SCORM12) {
            assertThat(set).containsEntry("cmi.core.lesson_status", "failed").containsEntry("cmi.core.score.raw", "0")
                    .containsEntry("cmi.core.exit", "suspend");
        } else {
            assertThat(set).containsEntry("cmi.completion_status", "completed")
                    .containsEntry("cmi.success_status", "failed").containsEntry("cmi.score.scaled", "0")
                    .containsEntry("cmi.exit", "suspend").containsEntry("adl.nav.request", "suspendAll");
        }
    }

    @ParameterizedTest
    @EnumSource(ScormFormat.class)
    void closingMidwaySuspendsAndResumingRestoresWhereTheLearnerWas(ScormFormat format) {
        boolean v12 = format == ScormFormat.SCORM12;
        launchInFrame(format, Map.of());
        clickButton("Next: " + course.lessons().get(1).title());
        go("Assessment");
        startAssessment();
        List<String> drawn = attribute(By.cssSelector("fieldset[data-question-id]"), "data-question-id");
        List<String> order = attribute(By.cssSelector("fieldset input"), "value");
        driver.findElement(By.cssSelector("#q0 input")).click();
        String chosen = driver.findElement(By.cssSelector("#q0 input")).getAttribute("value");
        closeFrame();

        assertThat(log()).endsWith(v12 ? "LMSFinish" : "Terminate");
        Map<String, String> set = sets();
        String location = set.get(v12 ? "cmi.core.lesson_location" : "cmi.location");
        String suspend = set.get("cmi.suspend_data");
        assertThat(location).isEqualTo("assessment");
        assertThat(set).containsEntry(v12 ? "cmi.core.exit" : "cmi.exit", "suspend")
                .containsEntry(v12 ? "cmi.core.lesson_status" : "cmi.completion_status", "incomplete");
        assertThat(suspend).isNotBlank();

        Map<String, String> previous = new LinkedHashMap<>();
        previous.put(v12 ? "cmi.core.entry" : "cmi.entry", "resume");
        previous.put(v12 ? "cmi.core.lesson_location" : "cmi.location", location);
        previous.put("cmi.suspend_data", suspend);
        launchInFrame(format, previous);
        assertThat(attribute(By.cssSelector("fieldset[data-question-id]"), "data-question-id")).isEqualTo(drawn);
        assertThat(attribute(By.cssSelector("fieldset input"), "value")).isEqualTo(order);
        assertThat(driver.findElement(By.cssSelector("#q0 input[value='" + chosen + "']")).isSelected()).isTrue();
        assertThat(text(By.id("progress-label"))).isEqualTo("Lessons read: 2 of 3");

        previous.put(v12 ? "cmi.core.entry" : "cmi.entry", "ab-initio");
        launchInFrame(format, previous);
        assertThat(text(By.tagName("h1"))).isEqualTo(course.lessons().get(0).title());
        assertThat(text(By.id("progress-label"))).isEqualTo("Lessons read: 1 of 3");
    }

    @Test
    void theApiIsFoundInTheOpenerAndClosingThePopupStillTerminates() {
        driver.get(lms.hostUrl(course, ScormFormat.SCORM12, "opener", Map.of()));
        String host = driver.getWindowHandle();
        driver.findElement(By.id("open-course")).click();
        wait.until(d -> d.getWindowHandles().size() == 2);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(host)).findFirst()
                .orElseThrow());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-label"), "Lessons read: 1"));
        assertThat(driver.findElement(By.id("lms-message")).isDisplayed()).isFalse();
        clickButton("Next: " + course.lessons().get(1).title());
        driver.close();
        driver.switchTo().window(host);

        wait.until(d -> log().contains("LMSFinish"));
        assertThat(sets()).containsEntry("cmi.core.exit", "suspend").containsEntry("cmi.core.lesson_location", "lesson-2");
    }

    @Test
    void hidingThePageCommitsWithoutEndingTheSession() {
        launchInFrame(ScormFormat.SCORM2004, Map.of());
        clickButton("Next: " + course.lessons().get(1).title());
        long commits = log().stream().filter("Commit"::equals).count();
        String lms = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get("about:blank");
        driver.switchTo().window(lms);
        wait.until(d -> log().stream().filter("Commit"::equals).count() > commits);
        assertThat(log()).doesNotContain("Terminate");
        assertThat(sets()).containsKey("cmi.session_time").containsEntry("cmi.exit", "suspend")
                .containsEntry("cmi.location", "lesson-2");
    }

    @Test
    void withoutAnLmsThePlayerSaysSoAndStillShowsTheCourse() {
        driver.get(lms.publish(course, ScormFormat.SCORM2004));
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lms-message")));
        assertThat(message.getText()).contains("was not found").contains("will not be recorded")
                .contains("SCORM 2004 API");
        assertThat(text(By.tagName("h1"))).isEqualTo(course.lessons().get(0).title());
        assertThat(HeadlessChromium.accessibilityViolations(driver)).isEmpty();
    }

    @Test
    void theLargestCourseKeepsItsWholeStateWithinTheScorm12SuspendDataLimit() {
        Course largest = ScormFixtures.largestUnderTest();
        driver.get(lms.hostUrl(largest, ScormFormat.SCORM12, "frame", Map.of()));
        driver.switchTo().frame("sco");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#view h1")));
        for (int n = 2; n <= largest.lessons().size(); n++) {
            clickButton("Next: " + largest.lessons().get(n - 1).title());
        }
        clickButton("Go to the assessment");
        startAssessment();
        // the most state an attempt can carry: every option of every question selected where the type allows it
        for (WebElement input : driver.findElements(By.cssSelector("fieldset input[type='checkbox']"))) {
            input.click();
        }
        for (WebElement fieldset : driver.findElements(By.cssSelector("fieldset"))) {
            List<WebElement> radios = fieldset.findElements(By.cssSelector("input[type='radio']"));
            if (!radios.isEmpty()) {
                radios.get(radios.size() - 1).click();
            }
        }
        closeFrame();

        String suspend = sets().get("cmi.suspend_data");
        assertThat(suspend.length()).isLessThanOrEqualTo(SCORM12_SUSPEND_LIMIT);
        assertThat(suspend.split("~")).as("every drawn question is kept with its answers")
                .hasSize(largest.questionsPerAttempt() + 1)
                .allSatisfy(part -> assertThat(part).doesNotEndWith("."));
    }

    @Test
    void thePlayerRequestsNothingFromOutsideThePackage() {
        launchInFrame(ScormFormat.SCORM12, Map.of());
        readEveryLesson();
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(lms.base() + "/pkg/"));
    }

    @Test
    void everyViewOfThePlayerIsFreeOfAccessibilityViolations() {
        launchInFrame(ScormFormat.SCORM2004, Map.of());
        assertThat(violations()).as("lesson").isEmpty();
        go("Assessment");
        assertThat(violations()).as("assessment start").isEmpty();
        startAssessment();
        clickButton("Submit answers");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(violations()).as("assessment with unanswered questions").isEmpty();
        answer(true);
        submit();
        assertThat(violations()).as("results").isEmpty();
    }

    @Test
    void onANarrowScreenNothingScrollsSidewaysAndTheContentsFold() {
        Dimension wide = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(380, 800));
            launchInFrame(ScormFormat.SCORM12, Map.of());
            assertThat(driver.findElement(By.id("contents-panel")).getAttribute("open")).isNull();
            driver.findElement(By.cssSelector("#contents-panel summary")).click();
            go("Assessment");
            startAssessment();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            assertThat((Boolean) js.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;")).isTrue();
            assertThat(violations()).isEmpty();
        } finally {
            driver.manage().window().setSize(wide);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private void launchInFrame(ScormFormat format, Map<String, String> initial) {
        driver.switchTo().defaultContent();
        driver.get(lms.hostUrl(course, format, "frame", initial));
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("sco"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#view h1")));
    }

    /** Navigates the SCO's frame away, as an LMS does when the learner leaves: pagehide must terminate. */
    private void closeFrame() {
        driver.switchTo().defaultContent();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('sco').src = 'about:blank';");
        wait.until(d -> {
            List<String> log = log();
            return !log.isEmpty() && (log.get(log.size() - 1).equals("LMSFinish")
                    || log.get(log.size() - 1).equals("Terminate"));
        });
    }

    private List<String> violations() {
        driver.switchTo().defaultContent();
        List<String> violations = HeadlessChromium.accessibilityViolations(driver);
        driver.switchTo().frame("sco");
        return violations;
    }

    private void readEveryLesson() {
        for (int n = 2; n <= course.lessons().size(); n++) {
            clickButton("Next: " + course.lessons().get(n - 1).title());
            assertThat(text(By.tagName("h1"))).isEqualTo(course.lessons().get(n - 1).title());
        }
        assertThat(text(By.id("progress-label"))).isEqualTo("Lessons read: 3 of 3");
        clickButton("Go to the assessment");
    }

    private void go(String contentsEntry) {
        driver.findElement(By.xpath("//nav[@aria-label='Course contents']//button[normalize-space()='"
                + contentsEntry + "']")).click();
    }

    private void startAssessment() {
        clickButton("Start the assessment");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-form")));
    }

    /** Answers every drawn question rightly or wrongly, knowing the answers from the course. */
    private void answer(boolean rightly) {
        answer(course, rightly);
    }

    private void answer(Course owner, boolean rightly) {
        for (WebElement fieldset : driver.findElements(By.cssSelector("fieldset[data-question-id]"))) {
            Question question = owner.question(fieldset.getAttribute("data-question-id")).orElseThrow();
            Set<String> correct = question.correct();
            boolean done = false;
            for (WebElement input : fieldset.findElements(By.tagName("input"))) {
                boolean isCorrect = correct.contains(input.getAttribute("value"));
                if (input.isSelected()) {
                    input.click();
                }
                if (rightly ? isCorrect : !isCorrect && !done) {
                    input.click();
                    done = !rightly;
                }
            }
        }
    }

    private void submit() {
        clickButton("Submit answers");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-summary")));
    }

    private void clickButton(String text) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//main//button[normalize-space()=" + xpathLiteral(text) + "]")));
        button.click();
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private String text(By by) {
        return driver.findElement(by).getText().trim();
    }

    private List<String> attribute(By by, String name) {
        return driver.findElements(by).stream().map(e -> e.getAttribute(name)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> log() {
        driver.switchTo().defaultContent();
        return (List<String>) ((JavascriptExecutor) driver).executeScript("return window.lmsLog || [];");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> sets() {
        driver.switchTo().defaultContent();
        return (Map<String, String>) ((JavascriptExecutor) driver).executeScript("return window.lmsSets || {};");
    }

    /** What the runtime itself holds for an element, as an LMS would store it on commit. */
    private String recorded(String element) {
        driver.switchTo().defaultContent();
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var cmi = (window.API || window.API_1484_11).renderCMIToJSONObject();"
                        + "return arguments[0].split('.').reduce(function (o, k) { return o && o[k]; }, cmi);",
                element));
    }
}
