package org.sendready.scorm.internal;

import java.util.List;
import java.util.Locale;

import org.sendready.course.Citation;
import org.sendready.course.Course;
import org.sendready.course.Lesson;
import org.sendready.course.Question;
import org.sendready.scorm.ScormFormat;

/**
 * The course as the player reads it, embedded in the package as JSON. It holds the correct answers: a SCORM package
 * scores in the browser, so the answers are necessarily in the package.
 */
record PlayerData(String format, String id, String version, String moduleCode, String title, String lawInForceOn,
                  int passMarkPercent, int questionsPerAttempt, int attemptsAllowed, int minutesBetweenAttempts,
                  List<LessonData> lessons, List<QuestionData> questions) {

    static PlayerData of(Course course, ScormFormat format) {
        return new PlayerData(format.code(), course.id(), course.version(), course.moduleCode(), course.title(),
                course.lawInForceOn() == null ? "" : course.lawInForceOn().toString(), course.passMarkPercent(),
                course.questionsPerAttempt(), course.attemptPolicy().attemptsAllowed(),
                course.attemptPolicy().minutesBetweenAttempts(),
                course.lessons().stream().map(LessonData::of).toList(),
                course.questions().stream().map(QuestionData::of).toList());
    }

    record LessonData(String title, int minutes, String html, List<Source> sources) {
        static LessonData of(Lesson lesson) {
            return new LessonData(lesson.title(), lesson.minutes(), lesson.html(),
                    lesson.sources().stream().map(Source::of).toList());
        }
    }

    record QuestionData(String id, String type, String stem, List<OptionData> options, List<String> correct,
                        String explanation, Source source) {
        static QuestionData of(Question question) {
            return new QuestionData(question.id(), question.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    question.stem(), question.options().stream().map(o -> new OptionData(o.id(), o.text())).toList(),
                    question.options().stream().map(Question.Option::id).filter(question.correct()::contains).toList(),
                    question.explanation(), Source.of(question.source()));
        }
    }

    record OptionData(String id, String text) {
    }

    record Source(String text, String url) {
        static Source of(Citation citation) {
            return new Source(citation.full(), citation.url());
        }
    }
}
