package org.sendready.course.internal;

import java.time.LocalDate;
import java.util.List;

/** The shapes of the course data files, as written by authors (snake_case keys). */
final class CourseFiles {

    private CourseFiles() {
    }

    record InstrumentsFile(List<InstrumentEntry> instruments) {
    }

    record InstrumentEntry(String key, String shortTitle, String title, String url, String pinpoint, String example) {
    }

    record PathwaysFile(List<PathwayEntry> pathways) {
    }

    record PathwayEntry(String id, String title, List<String> courses) {
    }

    record CourseFile(String id, String version, String moduleCode, String title, String summary,
                      List<String> audiences, Integer estimatedMinutes, Integer cpdMinutes, Integer passMarkPercent,
                      Integer questionsPerAttempt, AttemptPolicyEntry attemptPolicy, LocalDate lawInForceOn,
                      List<String> legalBasis, List<OutcomeEntry> outcomes) {
    }

    record AttemptPolicyEntry(Integer attemptsAllowed, Integer minutesBetweenAttempts) {
    }

    record OutcomeEntry(String id, String text) {
    }

    record LessonFrontMatter(String title, Integer minutes, List<String> sources) {
    }

    record QuestionsFile(List<QuestionEntry> questions) {
    }

    record QuestionEntry(String id, String type, Boolean scenario, String outcome, String stem,
                         List<OptionEntry> options, List<String> correct, String explanation, String source) {
    }

    record OptionEntry(String id, String text) {
    }
}
