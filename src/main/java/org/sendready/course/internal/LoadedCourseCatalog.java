package org.sendready.course.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.course.Pathway;
import org.springframework.stereotype.Service;

/** The shipped catalogue, loaded once at start. Content that fails the lint stops the tool from starting. */
@Service
class LoadedCourseCatalog implements CourseCatalog {

    private static final Logger log = LoggerFactory.getLogger(LoadedCourseCatalog.class);
    static final String LOCATION = "classpath:courses";

    private final List<Course> courses;
    private final Map<String, Course> byId;
    private final List<Pathway> pathways;

    LoadedCourseCatalog() {
        CourseLoader.Loaded loaded = new CourseLoader(LOCATION, getClass().getClassLoader()).load();
        if (!loaded.problems().isEmpty()) {
            throw new IllegalStateException("course content fails the lint:\n  "
                    + String.join("\n  ", loaded.problems()));
        }
        this.courses = List.copyOf(loaded.courses());
        this.byId = courses.stream().collect(Collectors.toMap(Course::id, Function.identity()));
        this.pathways = List.copyOf(loaded.pathways());
        log.info("course catalogue: {} courses, {} pathways", courses.size(), pathways.size());
    }

    @Override
    public List<Course> courses() {
        return courses;
    }

    @Override
    public Optional<Course> find(String courseId) {
        return Optional.ofNullable(byId.get(courseId));
    }

    @Override
    public List<Pathway> pathways() {
        return pathways;
    }
}
