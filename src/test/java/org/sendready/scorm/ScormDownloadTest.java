package org.sendready.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sendready.course.Course;
import org.sendready.course.CourseContent;
import org.sendready.support.Browser;
import org.sendready.support.Launcher;
import org.sendready.support.TestPlatform;
import org.sendready.support.ToolIntegrationTest;

/** Administrators, and only they, download packages; the page they download from says where scoring runs. */
class ScormDownloadTest extends ToolIntegrationTest {

    private static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator";
    private final Launcher launcher = new Launcher(BASE, PLATFORM);

    @Test
    void administratorsAreToldThatScoringRunsInTheBrowser() {
        Browser admin = signedIn(ADMINISTRATOR);
        HttpResponse<String> page = admin.get(BASE + "/admin/scorm");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Scoring in a SCORM package runs in the learner's browser")
                .contains("can read the answers").contains("place the course through LTI instead");
    }

    @Test
    void anAdministratorDownloadsEachEditionOfEveryCourse() throws Exception {
        Browser admin = signedIn(ADMINISTRATOR);
        String catalogue = admin.get(BASE + "/catalogue").body();
        HttpClient http = HttpClient.newBuilder().cookieHandler(admin.cookies()).build();
        for (Course course : CourseContent.load("classpath:courses")) {
            assertThat(catalogue).contains("/admin/scorm/" + course.id() + ".zip?format=scorm12");
            for (ScormFormat format : ScormFormat.values()) {
                HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(URI.create(BASE + "/admin/scorm/"
                        + course.id() + ".zip?format=" + format.code())).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(zip.statusCode()).isEqualTo(200);
                assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                        .contains(course.id() + "-" + course.version() + "-" + format.code() + ".zip"));
                assertThat(PackageChecks.semanticProblems(PackageChecks.unzip(zip.body()), format,
                        course.passMarkPercent())).isEmpty();
            }
        }
        assertThat(admin.get(BASE + "/admin/scorm/no-such-course.zip?format=scorm12").statusCode()).isEqualTo(404);
        assertThat(admin.get(BASE + "/admin/scorm/no-such-course.zip?format=aicc").statusCode()).isEqualTo(400);
    }

    @Test
    void instructorsNeitherSeeNorTakeTheDownloads() {
        Browser instructor = signedIn(TestPlatform.INSTRUCTOR);
        assertThat(instructor.get(BASE + "/catalogue").body()).doesNotContain("/admin/scorm");
        assertThat(instructor.get(BASE + "/admin/scorm").statusCode()).isEqualTo(403);
        assertThat(instructor.get(BASE + "/admin/scorm/any-course.zip?format=scorm12").statusCode()).isEqualTo(403);
    }

    private Browser signedIn(String role) {
        Browser browser = new Browser();
        launcher.launch(browser, "scorm-" + UUID.randomUUID(), List.of(role), Map.of(), "scorm-context");
        return browser;
    }
}
