package org.sendready.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.course.Question;
import org.sendready.support.DemoIntegrationTest;
import org.sendready.support.HeadlessChromium;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner's whole journey in real headless Chromium, launched by the demo LMS inside its frame, using the keyboard
 * only, with axe-core finding no violation on the overview, lesson, question and result pages.
 */
class LearnerInChromiumTest extends DemoIntegrationTest {

    private static final String COURSE = "m1-send-law-essentials";

    @Autowired
    CourseCatalog catalog;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void aLearnerLaunchedInTheDemoLmsFrameReadsAndPassesUsingTheKeyboardOnly() {
        driver.get(BASE + "/demo-lms?person=learner-sam&placement=rl-m1");
        assertThat(HeadlessChromium.accessibilityViolations(driver)).as("demo LMS page").isEmpty();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("read")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the course overview did not appear in the frame; it shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.location.href"))
                .isEqualTo(BASE + "/courses/" + COURSE);
        assertThat(accessibilityViolationsInToolFrame()).as("overview").isEmpty();

        // "Start reading", or "Continue reading" where an earlier visit left off
        press(driver.findElement(By.id("read")), Keys.ENTER);
        waitForFramePath("/lessons/" + currentLessonOnceLoaded());
        assertThat(accessibilityViolationsInToolFrame()).as("lesson").isEmpty();
        Course course = catalog.find(COURSE).orElseThrow();
        for (int lesson = currentLessonOnceLoaded(); lesson < course.lessons().size(); lesson++) {
            java.util.List<WebElement> next = driver.findElements(By.id("next"));
            assertThat(next).as("lesson " + lesson + " of " + course.lessons().size() + " at "
                    + ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.location.href")
                    + ": " + driver.findElement(By.tagName("body")).getText()).isNotEmpty();
            press(next.get(0), Keys.ENTER);
            waitForFramePath("/lessons/" + (lesson + 1));
        }
        press(driver.findElement(By.id("finish")), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-assessment")));
        press(driver.findElement(By.id("start-assessment")), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-attempt")));
        assertThat(accessibilityViolationsInToolFrame()).as("question page").isEmpty();

        for (WebElement fieldset : driver.findElements(By.tagName("fieldset"))) {
            answerCorrectly(course, fieldset);
        }
        press(driver.findElement(By.id("submit-attempt")), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
        assertThat(driver.findElement(By.id("outcome")).getText()).contains("You passed.");
        assertThat(accessibilityViolationsInToolFrame()).as("result page").isEmpty();
    }

    @Test
    void theCatalogueIsAccessibleToAnInstructor() {
        driver.get(BASE + "/demo-lms/start?person=instructor-priya&placement=rl-home");
        wait.until(ExpectedConditions.urlToBe(BASE + "/catalogue"));
        assertThat(HeadlessChromium.accessibilityViolations(driver)).as("catalogue").isEmpty();
        driver.get(BASE + "/catalogue/" + COURSE);
        assertThat(HeadlessChromium.accessibilityViolations(driver)).as("preview").isEmpty();
    }

    /** axe leaves the driver at the top document; the journey goes on inside the LMS frame. */
    private List<String> accessibilityViolationsInToolFrame() {
        List<String> violations = HeadlessChromium.accessibilityViolations(driver);
        driver.switchTo().defaultContent();
        driver.switchTo().frame("tool-frame");
        return violations;
    }

    private int currentLessonOnceLoaded() {
        String path = wait.until(d -> {
            String p = String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' ? window.location.pathname : ''"));
            return p.contains("/lessons/") ? p : null;
        });
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private void waitForFramePath(String path) {
        wait.until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' ? window.location.pathname : ''"))
                .endsWith(path));
    }

    /** Radios: Tab reaches the group, arrow keys choose. Checkboxes: Tab to each, Space toggles. */
    private void answerCorrectly(Course course, WebElement fieldset) {
        String stem = fieldset.findElements(By.cssSelector("legend span")).get(1).getText();
        Question question = course.questions().stream().filter(q -> q.stem().equals(stem)).findFirst().orElseThrow();
        List<WebElement> options = fieldset.findElements(By.cssSelector("div.option"));
        for (int i = 0; i < options.size(); i++) {
            String text = options.get(i).findElement(By.tagName("label")).getText();
            boolean correct = question.correct().stream().anyMatch(id -> question.option(id).text().equals(text));
            WebElement input = options.get(i).findElement(By.tagName("input"));
            if (!correct) {
                continue;
            }
            if ("checkbox".equals(input.getAttribute("type"))) {
                press(input, Keys.SPACE);
            } else {
                WebElement first = options.get(0).findElement(By.tagName("input"));
                tabTo(first);
                for (int step = 0; step < i; step++) {
                    new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
                }
                if (i == 0) {
                    new Actions(driver).sendKeys(Keys.SPACE).perform();
                }
            }
            assertThat(input.isSelected()).as(stem + " → " + text).isTrue();
        }
    }

    private void press(WebElement target, CharSequence key) {
        tabTo(target);
        new Actions(driver).sendKeys(key).perform();
    }

    /** Moves focus with the Tab key alone until it reaches the target. */
    private void tabTo(WebElement target) {
        for (int i = 0; i < 300; i++) {
            if (driver.switchTo().activeElement().equals(target)) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target);
    }
}
