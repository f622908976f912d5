package org.sendready.scorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.course.Pathway;
import org.sendready.scorm.PackageChecks;
import org.sendready.scorm.ScormFixtures;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The download answers with the package as an attachment named for the course, version and edition. */
class ScormDownloadControllerTest {

    private final Course course = ScormFixtures.small();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
            new ScormDownloadController(new OneCourse(course), new ScormPackager())).build();

    @Test
    void aCoursesPackageIsDownloadedAsANamedZip() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/admin/scorm/" + course.id() + ".zip")
                .param("format", "scorm2004")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"t1-scorm-small-1.0.0-scorm2004.zip\"");
        assertThat(PackageChecks.unzip(response.getContentAsByteArray())).containsKey("imsmanifest.xml");
    }

    @Test
    void scorm12IsTheDefaultEdition() throws Exception {
        assertThat(mvc.perform(get("/admin/scorm/" + course.id() + ".zip")).andReturn().getResponse()
                .getHeader("Content-Disposition")).endsWith("-scorm12.zip\"");
    }

    @Test
    void anUnknownCourseOrEditionIsRefused() throws Exception {
        assertThat(mvc.perform(get("/admin/scorm/nothing.zip")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/scorm/" + course.id() + ".zip").param("format", "cmi5")).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
    }

    private record OneCourse(Course course) implements CourseCatalog {
        @Override
        public List<Course> courses() {
            return List.of(course);
        }

        @Override
        public Optional<Course> find(String courseId) {
            return Optional.of(course).filter(c -> c.id().equals(courseId));
        }

        @Override
        public List<Pathway> pathways() {
            return List.of();
        }
    }
}
