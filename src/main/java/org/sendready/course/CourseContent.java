package org.sendready.course;

import java.util.List;

import org.sendready.course.internal.ContentLint;

/** Course content read without starting the tool, for commands that work on the shipped courses offline. */
public final class CourseContent {

    private CourseContent() {
    }

    /**
     * Every course at a location such as {@code classpath:courses} or {@code file:/path/courses}, loaded and linted.
     *
     * @throws IllegalStateException when the content fails the lint
     */
    public static List<Course> load(String location) {
        return ContentLint.courses(location);
    }
}
