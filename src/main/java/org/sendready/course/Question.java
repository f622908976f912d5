package org.sendready.course;

import java.util.List;
import java.util.Set;

/** An assessment question from a course's pool. {@link #correct()} never leaves the server before submission. */
public record Question(
        String id,
        Type type,
        String stem,
        List<Option> options,
        Set<String> correct,
        String explanation,
        Citation source,
        String outcome,
        boolean scenario) {

    public Question {
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
    }

    /** All-or-nothing: the selection is right when it is exactly the set of correct options. */
    public boolean isAnsweredCorrectly(Set<String> selected) {
        return correct.equals(selected);
    }

    public Option option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst().orElseThrow();
    }

    public enum Type {
        SINGLE, MULTIPLE, TRUE_FALSE;

        public boolean allowsSeveral() {
            return this == MULTIPLE;
        }
    }

    public record Option(String id, String text) {
    }
}
