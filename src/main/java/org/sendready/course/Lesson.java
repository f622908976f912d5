package org.sendready.course;

import java.util.List;

/** One lesson: its position, title, reading time, sources, and its body rendered to safe HTML. */
public record Lesson(int number, String slug, String title, int minutes, List<Citation> sources, String html,
                     int words) {

    public Lesson {
        sources = List.copyOf(sources);
    }
}
