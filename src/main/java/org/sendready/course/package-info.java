/**
 * The catalogue: courses, lessons and question pools loaded from {@code resources/courses}, linted, and rendered.
 * Other modules read courses through {@link org.sendready.course.CourseCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Courses")
package org.sendready.course;
