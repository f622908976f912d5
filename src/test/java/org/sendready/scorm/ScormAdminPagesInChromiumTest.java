package org.sendready.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendready.support.DemoIntegrationTest;
import org.sendready.support.HeadlessChromium;

/** The administrator's SCORM page and the catalogue's download links, in Chromium, with no axe-core violation. */
class ScormAdminPagesInChromiumTest extends DemoIntegrationTest {

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        driver.quit();
    }

    @Test
    void theDownloadPageAndTheCatalogueLinksAreAccessible() {
        driver.get(BASE + "/demo-lms/start?person=admin-jo&placement=rl-home");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(BASE + "/catalogue"));

        driver.get(BASE + "/admin/scorm");
        assertThat(driver.findElement(By.id("scorm-scoring")).getText())
                .contains("Scoring in a SCORM package runs in the learner's browser");
        assertThat(HeadlessChromium.accessibilityViolations(driver)).as("SCORM packages page").isEmpty();

        driver.get(BASE + "/catalogue");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Course catalogue");
        assertThat(HeadlessChromium.accessibilityViolations(driver)).as("catalogue with SCORM links").isEmpty();
    }
}
