package org.sendready.scorm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendready.course.Course;
import org.sendready.scorm.internal.ScormPackager;

/** Time to build each course's packages (budget: under 500 ms a course and edition), after a warm-up. */
@Tag("bench")
class ScormExportBenchmark {

    private static final long BUDGET_MILLIS = 500;
    private static final int RUNS = 20;

    @Test
    void everyCourseExportsWithinItsBudget() {
        ScormPackager packager = new ScormPackager();
        for (Course course : ScormFixtures.coursesUnderTest()) {
            for (ScormFormat format : ScormFormat.values()) {
                packager.build(course, format);
                long start = System.nanoTime();
                int bytes = 0;
                for (int i = 0; i < RUNS; i++) {
                    bytes = packager.build(course, format).length;
                }
                double millis = (System.nanoTime() - start) / 1e6 / RUNS;
                System.out.printf("scorm export %-32s %-9s %7.2f ms %,9d bytes%n", course.id(), format.code(),
                        millis, bytes);
                assertThat(millis).as(course.id() + " " + format.code()).isLessThan(BUDGET_MILLIS);
            }
        }
    }
}
