package org.sendready.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendready.assessment.AttemptSubmitted;
import org.sendready.support.DemoIntegrationTest;
import org.sendready.support.HeadlessChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo LMS's people in real headless Chromium: a SENCO sees overdue staff and gets the evidence pack, the LA team
 * sees every school, a passed learner's certificate verifies; axe-core finds no violation on any page.
 */
class DashboardsInChromiumTest extends DemoIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

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

    private void launchAs(String person) {
        driver.get(BASE + "/demo-lms?person=" + person + "&placement=rl-home");
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
        // the launch is over once the frame has left the LMS's and the tool's hand-off pages
        wait.until(d -> {
            String path = String.valueOf(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' ? window.location.pathname : ''"));
            return !path.isEmpty() && !path.startsWith("/demo-lms") && !path.startsWith("/lti");
        });
        driver.switchTo().defaultContent();
    }

    private void open(String path) {
        driver.get(BASE + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    private void assertAccessible(String page) {
        assertThat(HeadlessChromium.accessibilityViolations(driver)).as(page).isEmpty();
    }

    @Test
    void aSchoolLeaderSeesOverdueStaffAndAnLaTeamSeesEverySchoolWithNoAccessibilityViolations() {
        launchAs("learner-sam");
        launchAs("learner-alex");
        launchAs("learner-chris");
        open("/my-training");
        assertAccessible("my training");

        launchAs("instructor-priya");
        open("/compliance/school");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Demo Primary School");
        assertThat(driver.findElement(By.cssSelector("table.matrix")).getText()).contains("Sam Okafor", "Overdue")
                .doesNotContain("Chris Lee");
        assertAccessible("school dashboard");
        open("/compliance/school?status=overdue&role=teacher");
        assertThat(driver.findElement(By.cssSelector("table.matrix")).getText()).contains("Sam Okafor")
                .doesNotContain("Alex Morgan");
        assertAccessible("school dashboard, filtered");
        driver.findElement(By.linkText("Sam Okafor")).click();
        wait.until(ExpectedConditions.urlContains("/compliance/school/staff/"));
        assertAccessible("staff member");
        open("/compliance/school/sen-information-report");
        assertAccessible("SEN information report");
        assertThat(driver.findElement(By.linkText("Evidence pack (PDF)")).getAttribute("href"))
                .endsWith("/compliance/school/evidence-pack.pdf");

        launchAs("admin-jo");
        open("/compliance/la");
        assertThat(driver.findElement(By.tagName("table")).getText()).contains("Demo Primary School",
                "Demo Secondary School");
        assertAccessible("LA dashboard");
        driver.findElement(By.linkText("Demo Secondary School")).click();
        wait.until(ExpectedConditions.urlContains("/compliance/la/schools/"));
        assertThat(driver.findElement(By.cssSelector("table.matrix")).getText()).contains("Chris Lee");
        assertAccessible("LA drill-down");
        open("/admin/compliance");
        assertAccessible("administrator's requirements");
    }

    @Test
    void aPassedLearnersCertificateVerifiesOnThePublicPage() {
        launchAs("learner-alex");
        long userId = jdbc.sql("SELECT id FROM lti_user WHERE subject = 'learner-alex'").query(Long.class).single();
        long tenantId = jdbc.sql("SELECT tenant_id FROM lti_user WHERE id = ?").param(userId).query(Long.class).single();
        String launchId = jdbc.sql("SELECT id FROM lti_launch WHERE user_ref = ? ORDER BY launched_at DESC")
                .param(userId).query(String.class).list().get(0);
        String attemptId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> events.publishEvent(new AttemptSubmitted(attemptId, tenantId, userId,
                "m1-send-law-essentials", "1.0.0", launchId, null, null, 10, 10, true, Instant.now())));
        open("/my-training");
        assertAccessible("my training with a certificate");
        String check = driver.findElement(By.partialLinkText("Check")).getAttribute("href");
        driver.manage().deleteAllCookies();
        driver.get(check);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("genuine and valid", "Alex Morgan",
                "1.0.0");
        assertAccessible("certificate check");
    }
}
