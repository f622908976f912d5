package org.sendready.course;

import java.util.List;
import java.util.Optional;

/** Every shipped course and pathway, loaded and linted at start. */
public interface CourseCatalog {

    List<Course> courses();

    Optional<Course> find(String courseId);

    List<Pathway> pathways();
}
