package org.sendready.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A course as shipped: metadata, lessons in order and its question pool. Immutable; identified by id and version. */
public record Course(
        String id,
        String version,
        String moduleCode,
        String title,
        String summary,
        List<String> audiences,
        int estimatedMinutes,
        int cpdMinutes,
        int passMarkPercent,
        int questionsPerAttempt,
        AttemptPolicy attemptPolicy,
        LocalDate lawInForceOn,
        List<Citation> legalBasis,
        List<Outcome> outcomes,
        List<Lesson> lessons,
        List<Question> questions) {

    public Course {
        audiences = List.copyOf(audiences);
        legalBasis = List.copyOf(legalBasis);
        outcomes = List.copyOf(outcomes);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** Lesson by its 1-based position. */
    public Optional<Lesson> lesson(int number) {
        return number >= 1 && number <= lessons.size() ? Optional.of(lessons.get(number - 1)) : Optional.empty();
    }

    public Optional<Outcome> outcome(String outcomeId) {
        return outcomes.stream().filter(o -> o.id().equals(outcomeId)).findFirst();
    }

    /** Attempts allowed per course version (0 = unlimited) and the wait enforced after a failed attempt. */
    public record AttemptPolicy(int attemptsAllowed, int minutesBetweenAttempts) {
        public boolean unlimited() {
            return attemptsAllowed == 0;
        }
    }

    public record Outcome(String id, String text) {
    }
}
