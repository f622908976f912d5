package org.sendready.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sendready.support.AssessmentForms;
import org.sendready.support.Browser;
import org.sendready.support.DemoIntegrationTest;

/** The demo LMS launches the tool through the browser exactly as a real platform does. */
class DemoLmsLaunchTest extends DemoIntegrationTest {

    @Test
    void aLearnerChosenInTheDemoLmsLandsOnTheCoursePageThroughARealOidcFlow() {
        Browser browser = new Browser();
        HttpResponse<String> home = browser.get(BASE + "/demo-lms?person=learner-alex&placement=rl-m1");
        assertThat(home.body()).contains("<iframe", "/demo-lms/start?person=learner-alex&amp;placement=rl-m1");

        HttpResponse<String> login = browser.get(BASE + "/demo-lms/start?person=learner-alex&placement=rl-m1");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).startsWith(BASE + "/lti/login?");

        HttpResponse<String> landed = browser.navigate(BASE + "/demo-lms/start?person=learner-alex&placement=rl-m1");
        assertThat(landed.uri().toString()).isEqualTo(BASE + "/courses/m1-send-law-essentials");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("SEND law essentials");
    }

    @Test
    void anInstructorWithoutACourseTargetLandsOnTheCatalogue() {
        HttpResponse<String> landed = new Browser().navigate(
                BASE + "/demo-lms/start?person=instructor-priya&placement=rl-home");
        assertThat(landed.uri().toString()).isEqualTo(BASE + "/catalogue");
        assertThat(landed.statusCode()).isEqualTo(200);
    }

    @Test
    void aLearnerWithoutACourseTargetLandsOnTheWelcomePage() {
        HttpResponse<String> landed = new Browser().navigate(
                BASE + "/demo-lms/start?person=learner-sam&placement=rl-home");
        assertThat(landed.uri().toString()).isEqualTo(BASE + "/welcome");
        assertThat(landed.body()).contains("Welcome, Sam Okafor");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.sendready.course.CourseCatalog catalog;

    @Test
    void aLearnersPassAppearsInTheDemoGradebook() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> overview = browser.navigate(BASE + "/demo-lms/start?person=learner-alex&placement=rl-m2");
        HttpResponse<String> started = browser.post(BASE + "/courses/m2-graduated-approach/assessment",
                java.util.Map.of("_csrf", AssessmentForms.csrf(overview.body())));
        HttpResponse<String> attempt = browser.follow(started);
        var course = catalog.find("m2-graduated-approach").orElseThrow();
        HttpResponse<String> result = AssessmentForms.submit(browser, attempt.uri().toString(),
                AssessmentForms.answers(course, attempt.body(), true));
        assertThat(result.body()).contains("You passed.");
        long deadline = System.currentTimeMillis() + 20_000;
        String cell = "";
        while (System.currentTimeMillis() < deadline && !cell.equals("10 / 10 (Completed)")) {
            Thread.sleep(200);
            cell = alexsCell(browser.get(BASE + "/demo-lms/gradebook").body(), "M2 High-quality teaching");
        }
        assertThat(cell).isEqualTo("10 / 10 (Completed)");
    }

    /** Alex's cell in the gradebook column whose heading starts with {@code column}; empty until it exists. */
    private static String alexsCell(String gradebook, String column) {
        org.jsoup.nodes.Document table = org.jsoup.Jsoup.parse(gradebook);
        java.util.List<String> headings = table.select("thead th").eachText();
        int index = java.util.stream.IntStream.range(0, headings.size())
                .filter(i -> headings.get(i).startsWith(column)).findFirst().orElse(-1);
        if (index < 0) {
            return "";
        }
        return table.select("tbody tr").stream().filter(r -> r.select("th").text().equals("Alex Morgan"))
                .findFirst().map(r -> r.select("th, td").get(index).text()).orElse("");

    }

    @Test
    void anInstructorPlacesTwoCoursesAndSeesWhoHasNotPassed() {
        Browser browser = new Browser();
        HttpResponse<String> chooser = browser.navigate(
                BASE + "/demo-lms/start?person=instructor-priya&placement=place-courses");
        assertThat(chooser.uri().toString()).isEqualTo(BASE + "/deep-linking");
        String form = "_csrf=" + AssessmentForms.csrf(chooser.body())
                + "&course=m7-early-years&course=m8-preparing-for-adulthood&due=2027-07-20";
        HttpResponse<String> handBack = browser.postRaw(BASE + "/deep-linking", form);
        Browser.Form jwtForm = Browser.Form.first(handBack.body());
        HttpResponse<String> back = browser.post(jwtForm.action(), jwtForm.fields());
        assertThat(back.statusCode()).isEqualTo(302);
        String home = browser.follow(back).body();
        assertThat(home).contains("M7 SEND in the early years", "M8 Preparing for adulthood");
        assertThat(browser.get(BASE + "/demo-lms/gradebook").body()).contains("M7 SEND in the early years",
                "M8 Preparing for adulthood");

        HttpResponse<String> roster = browser.get(BASE + "/catalogue/m7-early-years/roster");
        assertThat(roster.body()).contains("Alex Morgan", "Sam Okafor", "Not started")
                .doesNotContain("Priya Shah");
    }
}
