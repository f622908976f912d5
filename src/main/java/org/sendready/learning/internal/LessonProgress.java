package org.sendready.learning.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.sendready.course.Course;
import org.sendready.lti.LaunchContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which lessons a person has read and where they are, per course, kept across launches and devices. */
@Repository
class LessonProgress {

    private final JdbcClient jdbc;
    private final Clock clock;

    LessonProgress(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Progress> find(LaunchContext launch, Course course) {
        return jdbc.sql("""
                SELECT course_version, current_lesson, lessons_read FROM lesson_progress
                WHERE tenant_id = ? AND user_id = ? AND course_id = ?""")
                .params(launch.tenant().id(), launch.userId(), course.id())
                .query((rs, n) -> new Progress(rs.getString(1), rs.getInt(2), parse(rs.getString(3))))
                .optional()
                // a new course version may have different lessons: start its reading afresh
                .filter(p -> p.courseVersion().equals(course.version()));
    }

    /** Records that the person opened lesson {@code number}: it becomes their place and counts as read. */
    void opened(LaunchContext launch, Course course, int number) {
        Progress before = find(launch, course).orElse(new Progress(course.version(), number, new TreeSet<>()));
        TreeSet<Integer> read = new TreeSet<>(before.read());
        read.add(number);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                UPDATE lesson_progress SET course_version = ?, current_lesson = ?, lessons_read = ?, updated_at = ?
                WHERE tenant_id = ? AND user_id = ? AND course_id = ?""")
                .params(course.version(), number, format(read), now, launch.tenant().id(), launch.userId(),
                        course.id())
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO lesson_progress (tenant_id, user_id, course_id, course_version, current_lesson,
                                                     lessons_read, started_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(launch.tenant().id(), launch.userId(), course.id(), course.version(), number,
                                format(read), now, now)
                        .update();
            } catch (DuplicateKeyException raced) {
                opened(launch, course, number); // another tab created the row first: update it instead
            }
        }
    }

    private static TreeSet<Integer> parse(String text) {
        TreeSet<Integer> read = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).forEach(read::add);
        }
        return read;
    }

    private static String format(TreeSet<Integer> read) {
        return read.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    record Progress(String courseVersion, int currentLesson, TreeSet<Integer> read) {
        int percentOf(Course course) {
            return course.lessons().isEmpty() ? 0 : Math.round(100f * read.size() / course.lessons().size());
        }
    }
}
