package org.sendready.course.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.sendready.course.Citation;
import org.sendready.course.Course;
import org.sendready.course.Lesson;
import org.sendready.course.Pathway;
import org.sendready.course.Question;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every course under a root location (the classpath's {@code courses/} in production), checking as it goes.
 * Problems are collected, not thrown, so an author sees all of them at once.
 */
final class CourseLoader {

    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.md");

    private final String root;
    private final PathMatchingResourcePatternResolver resolver;
    private final YAMLMapper yaml = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** @param root a Spring resource location such as {@code classpath:courses} or {@code file:/path/courses} */
    CourseLoader(String root, ClassLoader classLoader) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    }

    Loaded load() {
        List<String> problems = new ArrayList<>();
        Instruments instruments = instruments(problems);
        MarkdownRenderer markdown = new MarkdownRenderer(instruments);
        List<Pathway> pathways = pathways(problems);
        List<Course> courses = new ArrayList<>();
        for (Resource courseFile : resources(root + "/*/course.yml")) {
            String folder = folderOf(courseFile);
            String where = folder + "/course.yml";
            CourseFiles.CourseFile file = read(courseFile, CourseFiles.CourseFile.class, where, problems);
            if (file == null) {
                continue;
            }
            List<Lesson> lessons = lessons(folder, markdown, instruments, problems);
            List<Question> questions = questions(folder, instruments, problems);
            Course course = CourseLint.course(file, folder, lessons, questions, instruments, problems);
            if (course != null) {
                courses.add(course);
            }
        }
        courses.sort(Comparator.comparing(Course::moduleCode).thenComparing(Course::id));
        CourseLint.catalogue(courses, pathways, problems);
        return new Loaded(courses, pathways, problems);
    }

    private Instruments instruments(List<String> problems) {
        List<Instruments.Instrument> list = new ArrayList<>();
        Resource resource = resolver.getResource(root + "/instruments.yml");
        CourseFiles.InstrumentsFile file = resource.exists()
                ? read(resource, CourseFiles.InstrumentsFile.class, "instruments.yml", problems) : null;
        if (file == null || file.instruments() == null) {
            problems.add("instruments.yml: missing or empty");
            return new Instruments(list);
        }
        for (CourseFiles.InstrumentEntry entry : file.instruments()) {
            try {
                list.add(new Instruments.Instrument(entry.key(), entry.shortTitle(), entry.title(), entry.url(),
                        Pattern.compile(entry.pinpoint())));
            } catch (RuntimeException e) {
                problems.add("instruments.yml: " + entry.key() + " has an invalid pinpoint pattern");
            }
        }
        return new Instruments(list);
    }

    private List<Pathway> pathways(List<String> problems) {
        Resource resource = resolver.getResource(root + "/pathways.yml");
        CourseFiles.PathwaysFile file = resource.exists()
                ? read(resource, CourseFiles.PathwaysFile.class, "pathways.yml", problems) : null;
        if (file == null || file.pathways() == null) {
            problems.add("pathways.yml: missing or empty");
            return List.of();
        }
        return file.pathways().stream()
                .map(p -> new Pathway(p.id(), p.title(), p.courses() == null ? List.of() : p.courses())).toList();
    }

    private List<Lesson> lessons(String folder, MarkdownRenderer markdown, Instruments instruments,
                                 List<String> problems) {
        List<Resource> files = new ArrayList<>(resources(root + "/" + folder + "/lessons/*.md"));
        files.sort(Comparator.comparing(Resource::getFilename));
        List<Lesson> lessons = new ArrayList<>();
        int number = 0;
        for (Resource file : files) {
            String where = folder + "/lessons/" + file.getFilename();
            var name = LESSON_FILE.matcher(String.valueOf(file.getFilename()));
            if (!name.matches()) {
                problems.add(where + ": lesson files are named NN-slug.md");
                continue;
            }
            number++;
            if (Integer.parseInt(name.group(1)) != number) {
                problems.add(where + ": lessons must be numbered 01, 02, … without gaps");
            }
            String text = text(file, where, problems);
            if (text == null) {
                continue;
            }
            String[] parts = splitFrontMatter(text);
            if (parts == null) {
                problems.add(where + ": must start with a front matter block between --- lines");
                continue;
            }
            CourseFiles.LessonFrontMatter front = parse(parts[0], CourseFiles.LessonFrontMatter.class, where,
                    problems);
            if (front == null) {
                continue;
            }
            MarkdownRenderer.Rendered rendered;
            try {
                rendered = markdown.render(parts[1]);
            } catch (RuntimeException e) {
                problems.add(where + ": Markdown does not render");
                continue;
            }
            rendered.problems().forEach(p -> problems.add(where + ": " + p));
            List<Citation> sources = citations(front.sources(), instruments, where, problems);
            Lesson lesson = new Lesson(number, name.group(2), front.title(),
                    front.minutes() == null ? 0 : front.minutes(), sources, rendered.html(), rendered.words());
            CourseLint.lesson(lesson, rendered, where, problems);
            lessons.add(lesson);
        }
        return lessons;
    }

    private List<Question> questions(String folder, Instruments instruments, List<String> problems) {
        String where = folder + "/questions.yml";
        Resource resource = resolver.getResource(root + "/" + folder + "/questions.yml");
        if (!resource.exists()) {
            problems.add(where + ": missing");
            return List.of();
        }
        CourseFiles.QuestionsFile file = read(resource, CourseFiles.QuestionsFile.class, where, problems);
        if (file == null || file.questions() == null) {
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        for (CourseFiles.QuestionEntry entry : file.questions()) {
            String at = where + " " + entry.id();
            Question.Type type = type(entry.type(), at, problems);
            Optional<Citation> source = instruments.parse(entry.source());
            if (source.isEmpty()) {
                problems.add(at + ": source \"" + entry.source() + "\" does not resolve against instruments.yml");
            }
            List<Question.Option> options = entry.options() == null ? List.of()
                    : entry.options().stream().map(o -> new Question.Option(o.id(), o.text())).toList();
            Set<String> correct = entry.correct() == null ? Set.of() : new LinkedHashSet<>(entry.correct());
            if (type == null || source.isEmpty()) {
                continue;
            }
            Question question = new Question(entry.id(), type, entry.stem(), options, correct, entry.explanation(),
                    source.get(), entry.outcome(), Boolean.TRUE.equals(entry.scenario()));
            CourseLint.question(question, at, problems);
            questions.add(question);
        }
        return questions;
    }

    private static Question.Type type(String text, String at, List<String> problems) {
        if (text == null) {
            problems.add(at + ": type is missing");
            return null;
        }
        try {
            return Question.Type.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(at + ": type must be single, multiple or true-false");
            return null;
        }
    }

    static List<Citation> citations(List<String> texts, Instruments instruments, String where, List<String> problems) {
        List<Citation> citations = new ArrayList<>();
        if (texts == null) {
            return citations;
        }
        for (String text : texts) {
            instruments.parse(text).ifPresentOrElse(citations::add,
                    () -> problems.add(where + ": citation \"" + text + "\" does not resolve against instruments.yml"));
        }
        return citations;
    }

    private static String[] splitFrontMatter(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return null;
        }
        int end = normalised.indexOf("\n---\n", 4);
        if (end < 0) {
            return null;
        }
        return new String[] {normalised.substring(4, end), normalised.substring(end + 5)};
    }

    private <T> T read(Resource resource, Class<T> type, String where, List<String> problems) {
        String text = text(resource, where, problems);
        return text == null ? null : parse(text, type, where, problems);
    }

    private <T> T parse(String text, Class<T> type, String where, List<String> problems) {
        try {
            return yaml.readValue(text, type);
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            problems.add(where + ": YAML problem at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ": " + (message == null ? "unreadable" : message.lines().findFirst().orElse("")));
            return null;
        }
    }

    private static String text(Resource resource, String where, List<String> problems) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(where + ": cannot be read");
            return null;
        }
    }

    private List<Resource> resources(String pattern) {
        try {
            return Arrays.asList(resolver.getResources(pattern));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String folderOf(Resource courseFile) {
        try {
            String path = courseFile.getURL().getPath();
            String[] segments = path.split("/");
            return segments[segments.length - 2];
        } catch (IOException e) {
            return "?";
        }
    }

    record Loaded(List<Course> courses, List<Pathway> pathways, List<String> problems) {
    }
}
