package org.sendready.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small, valid course content written to a directory, for tests of the content lint and the tools that read it. Each
 * course has two 10-minute lessons and a pool of 20 single-choice questions, 5 of them scenarios.
 */
public final class FixtureCourses {

    private FixtureCourses() {
    }

    /** The shipped instruments and an all-staff pathway listing these courses. */
    public static void writeCatalogue(Path root, String... courseIds) throws IOException {
        Files.copy(Path.of("src/main/resources/courses/instruments.yml"), root.resolve("instruments.yml"));
        Files.writeString(root.resolve("pathways.yml"), """
                pathways:
                  - id: all-staff
                    title: All staff
                    courses: [%s]
                """.formatted(String.join(", ", courseIds)));
    }

    /** A course {@code id} with module code {@code code}; its question ids are {@code <code in lower case>-qNN}. */
    public static void writeCourse(Path root, String id, String code) throws IOException {
        Path lessons = Files.createDirectories(root.resolve(id).resolve("lessons"));
        Files.writeString(lessons.getParent().resolve("course.yml"), """
                id: %s
                version: 1.0.0
                module_code: %s
                title: Test course %s
                summary: A course for testing the tools that read course content.
                audiences: [all-staff]
                estimated_minutes: 20
                cpd_minutes: 35
                pass_mark_percent: 80
                questions_per_attempt: 10
                attempt_policy: {attempts_allowed: 0, minutes_between_attempts: 30}
                law_in_force_on: 2026-11-01
                legal_basis: [CFA2014 Part 3]
                outcomes:
                  - {id: o1, text: Know the law.}
                """.formatted(id, code, code));
        String words = "word ".repeat(1800);
        Files.writeString(lessons.resolve("01-first.md"), """
                ---
                title: First
                minutes: 10
                sources: [CFA2014 s.20]
                ---
                A child has SEN in the sense of the Act [[CFA2014 s.20(1)]]. See
                [the Act](https://www.legislation.gov.uk/ukpga/2014/6/section/20).

                """ + words);
        Files.writeString(lessons.resolve("02-second.md"), """
                ---
                title: Second
                minutes: 10
                sources: [SENDCoP2015 para 6.44]
                ---
                """ + words);
        StringBuilder questions = new StringBuilder("questions:\n");
        for (int q = 1; q <= 20; q++) {
            questions.append("""
                      - id: %s-q%02d
                        type: single
                        scenario: %s
                        outcome: o1
                        stem: Question %d?
                        options:
                          - {id: a, text: Right}
                          - {id: b, text: Wrong}
                          - {id: c, text: Also wrong}
                        correct: [a]
                        explanation: Because the Act says so.
                        source: CFA2014 s.20(1)
                    """.formatted(code.toLowerCase(), q, q <= 5, q));
        }
        Files.writeString(lessons.getParent().resolve("questions.yml"), questions.toString());
    }
}
