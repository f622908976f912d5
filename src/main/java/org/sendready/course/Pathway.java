package org.sendready.course;

import java.util.List;

/** A role pathway: the courses a group of staff takes, in order. */
public record Pathway(String id, String title, List<String> courseIds) {

    public Pathway {
        courseIds = List.copyOf(courseIds);
    }
}
