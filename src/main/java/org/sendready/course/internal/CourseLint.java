package org.sendready.course.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.sendready.course.Citation;
import org.sendready.course.Course;
import org.sendready.course.Lesson;
import org.sendready.course.Pathway;
import org.sendready.course.Question;

/** The content rules of docs/course-format.md. Each check adds a problem naming the file and what to fix. */
final class CourseLint {

    static final int WORDS_PER_MINUTE = 180;
    static final int MIN_POOL = 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Set<String> LINK_HOSTS = Set.of("www.legislation.gov.uk", "legislation.gov.uk",
            "www.gov.uk", "gov.uk");

    private CourseLint() {
    }

    static Course course(CourseFiles.CourseFile file, String folder, List<Lesson> lessons, List<Question> questions,
                         Instruments instruments, List<String> problems) {
        String where = folder + "/course.yml";
        int before = problems.size();
        if (file.id() == null || !ID.matcher(file.id()).matches()) {
            problems.add(where + ": id must be lower-case letters, digits and hyphens");
        } else if (!file.id().equals(folder)) {
            problems.add(where + ": id \"" + file.id() + "\" must equal its folder name");
        }
        if (file.version() == null || !VERSION.matcher(file.version()).matches()) {
            problems.add(where + ": version must be MAJOR.MINOR.PATCH");
        }
        require(file.moduleCode(), "module_code", where, problems);
        require(file.title(), "title", where, problems);
        require(file.summary(), "summary", where, problems);
        if (file.lawInForceOn() == null) {
            problems.add(where + ": law_in_force_on is missing");
        }
        if (file.audiences() == null || file.audiences().isEmpty()) {
            problems.add(where + ": audiences must list at least one pathway");
        }
        int passMark = value(file.passMarkPercent());
        if (passMark < 1 || passMark > 100) {
            problems.add(where + ": pass_mark_percent must be 1–100");
        }
        int perAttempt = value(file.questionsPerAttempt());
        if (perAttempt < 1) {
            problems.add(where + ": questions_per_attempt must be at least 1");
        }
        if (questions.size() < 2 * perAttempt) {
            problems.add(where + ": the pool holds " + questions.size() + " questions; at least twice "
                    + "questions_per_attempt (" + 2 * perAttempt + ") are needed");
        }
        if (questions.size() < MIN_POOL) {
            problems.add(where + ": the pool holds " + questions.size() + " questions; at least " + MIN_POOL
                    + " are needed");
        }
        long scenarios = questions.stream().filter(Question::scenario).count();
        if (scenarios * 4 < questions.size()) {
            problems.add(where + ": only " + scenarios + " of " + questions.size()
                    + " questions are scenarios; at least a quarter must be");
        }
        if (lessons.isEmpty()) {
            problems.add(where + ": the course has no lessons");
        }
        int lessonMinutes = lessons.stream().mapToInt(Lesson::minutes).sum();
        int estimated = value(file.estimatedMinutes());
        if (estimated < 20 || estimated > 40) {
            problems.add(where + ": estimated_minutes must be 20–40");
        }
        if (estimated != lessonMinutes) {
            problems.add(where + ": estimated_minutes (" + estimated + ") must equal the lessons' minutes ("
                    + lessonMinutes + ")");
        }
        if (value(file.cpdMinutes()) < estimated) {
            problems.add(where + ": cpd_minutes cannot be less than the reading time");
        }
        if (file.attemptPolicy() == null || file.attemptPolicy().attemptsAllowed() == null
                || file.attemptPolicy().minutesBetweenAttempts() == null
                || file.attemptPolicy().attemptsAllowed() < 0 || file.attemptPolicy().minutesBetweenAttempts() < 0) {
            problems.add(where + ": attempt_policy needs attempts_allowed and minutes_between_attempts (≥ 0)");
        }
        List<Citation> legalBasis = CourseLoader.citations(file.legalBasis(), instruments, where, problems);
        if (legalBasis.isEmpty()) {
            problems.add(where + ": legal_basis must cite at least one source");
        }
        List<Course.Outcome> outcomes = file.outcomes() == null ? List.of()
                : file.outcomes().stream().map(o -> new Course.Outcome(o.id(), o.text())).toList();
        if (outcomes.isEmpty()) {
            problems.add(where + ": outcomes must list at least one learning outcome");
        }
        duplicates(outcomes.stream().map(Course.Outcome::id).toList(), where + ": outcome id", problems);
        duplicates(lessons.stream().map(Lesson::slug).toList(), where + ": lesson slug", problems);
        duplicates(questions.stream().map(Question::id).toList(), folder + "/questions.yml: question id", problems);
        Set<String> outcomeIds = outcomes.stream().map(Course.Outcome::id).collect(Collectors.toSet());
        for (Question question : questions) {
            if (!outcomeIds.contains(question.outcome())) {
                problems.add(folder + "/questions.yml " + question.id() + ": outcome \"" + question.outcome()
                        + "\" is not one of the course's outcomes");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Course(file.id(), file.version(), file.moduleCode(), file.title(), file.summary(),
                file.audiences(), estimated, value(file.cpdMinutes()), passMark, perAttempt,
                new Course.AttemptPolicy(file.attemptPolicy().attemptsAllowed(),
                        file.attemptPolicy().minutesBetweenAttempts()),
                file.lawInForceOn(), legalBasis, outcomes, lessons, questions);
    }

    static void lesson(Lesson lesson, MarkdownRenderer.Rendered rendered, String where, List<String> problems) {
        require(lesson.title(), "title", where, problems);
        if (lesson.sources().isEmpty()) {
            problems.add(where + ": sources must cite at least one primary source");
        }
        if (lesson.minutes() < 1) {
            problems.add(where + ": minutes must be at least 1");
        } else {
            double expected = (double) lesson.words() / WORDS_PER_MINUTE;
            if (Math.abs(lesson.minutes() - expected) > Math.max(1.0, expected * 0.4)) {
                problems.add(where + ": declares " + lesson.minutes() + " minutes but its " + lesson.words()
                        + " words take about " + Math.round(expected));
            }
        }
        for (String link : rendered.links()) {
            if (!allowedLink(link)) {
                problems.add(where + ": link " + link + " is not to https://www.legislation.gov.uk or https://www.gov.uk");
            }
        }
    }

    static void question(Question question, String at, List<String> problems) {
        if (question.id() == null || !ID.matcher(question.id()).matches()) {
            problems.add(at + ": id must be lower-case letters, digits and hyphens");
        }
        require(question.stem(), "stem", at, problems);
        require(question.explanation(), "explanation", at, problems);
        require(question.outcome(), "outcome", at, problems);
        Set<String> optionIds = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Question.Option option : question.options()) {
            if (option.id() == null || option.id().isBlank() || !optionIds.add(option.id())) {
                problems.add(at + ": option ids must be present and unique");
            }
            if (option.text() == null || option.text().isBlank()) {
                problems.add(at + ": option " + option.id() + " has no text");
            } else if (!texts.add(option.text().trim().toLowerCase(Locale.ROOT))) {
                problems.add(at + ": two options have the same text");
            }
        }
        if (!optionIds.containsAll(question.correct())) {
            problems.add(at + ": correct names an option that does not exist");
        }
        switch (question.type()) {
            case SINGLE -> {
                if (question.correct().size() != 1) {
                    problems.add(at + ": a single-choice question has exactly one correct option");
                }
                if (question.options().size() < 3) {
                    problems.add(at + ": a single-choice question needs at least 3 options");
                }
            }
            case MULTIPLE -> {
                if (question.correct().isEmpty()) {
                    problems.add(at + ": a multiple-choice question needs at least one correct option");
                }
                if (question.options().size() < 3) {
                    problems.add(at + ": a multiple-choice question needs at least 3 options");
                }
            }
            case TRUE_FALSE -> {
                if (!optionIds.equals(Set.of("true", "false")) || question.correct().size() != 1) {
                    problems.add(at + ": a true-false question has exactly the options true and false and one answer");
                }
            }
        }
    }

    static void catalogue(List<Course> courses, List<Pathway> pathways, List<String> problems) {
        duplicates(courses.stream().map(Course::id).toList(), "courses: course id", problems);
        duplicates(courses.stream().flatMap(c -> c.questions().stream()).map(Question::id).toList(),
                "courses: question id", problems);
        duplicates(pathways.stream().map(Pathway::id).toList(), "pathways.yml: pathway id", problems);
        Set<String> courseIds = courses.stream().map(Course::id).collect(Collectors.toSet());
        Set<String> pathwayIds = pathways.stream().map(Pathway::id).collect(Collectors.toSet());
        for (Pathway pathway : pathways) {
            for (String courseId : pathway.courseIds()) {
                if (!courseIds.contains(courseId)) {
                    problems.add("pathways.yml " + pathway.id() + ": course " + courseId + " does not exist");
                }
            }
        }
        for (Course course : courses) {
            for (String audience : course.audiences()) {
                if (!pathwayIds.contains(audience)) {
                    problems.add(course.id() + "/course.yml: audience " + audience + " is not a pathway");
                } else if (pathways.stream().filter(p -> p.id().equals(audience))
                        .noneMatch(p -> p.courseIds().contains(course.id()))) {
                    problems.add(course.id() + "/course.yml: audience " + audience
                            + " does not list this course in pathways.yml");
                }
            }
        }
    }

    static boolean allowedLink(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && LINK_HOSTS.contains(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void duplicates(List<String> ids, String what, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id != null && !seen.add(id)) {
                problems.add(what + " \"" + id + "\" is used more than once");
            }
        }
    }

    private static void require(String value, String key, String where, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": " + key + " is missing");
        }
    }

    private static int value(Integer value) {
        return value == null ? 0 : value;
    }
}
