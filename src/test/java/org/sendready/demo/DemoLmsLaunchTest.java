package org.sendready.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
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
}
