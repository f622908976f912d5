package org.sendready.assessment.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.course.Question;
import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The assessment pages: start (or resume) an attempt, answer it, see the result with feedback and citations. */
@Controller
class AssessmentController {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CourseCatalog catalog;
    private final AttemptService service;
    private final Clock clock;

    AssessmentController(CourseCatalog catalog, AttemptService service, Clock clock) {
        this.catalog = catalog;
        this.service = service;
        this.clock = clock;
    }

    @PostMapping("/courses/{courseId}/assessment")
    String start(@PathVariable String courseId, @AuthenticationPrincipal LaunchContext launch) {
        Course course = course(courseId);
        return "redirect:/courses/" + course.id() + "/attempts/" + service.start(launch, course);
    }

    @GetMapping("/courses/{courseId}/attempts/{attemptId}")
    String show(@PathVariable String courseId, @PathVariable String attemptId,
                @AuthenticationPrincipal LaunchContext launch, Model model) {
        Course course = course(courseId);
        Attempt attempt = attempt(launch, course, attemptId);
        model.addAttribute("course", course);
        model.addAttribute("attempt", attempt);
        if (attempt.submitted()) {
            return result(launch, course, attempt, model);
        }
        model.addAttribute("questions", shown(course, attempt, Map.of()));
        model.addAttribute("missing", List.of());
        return "assessment/attempt";
    }

    @PostMapping("/courses/{courseId}/attempts/{attemptId}")
    String submit(@PathVariable String courseId, @PathVariable String attemptId,
                  @RequestParam MultiValueMap<String, String> form, @AuthenticationPrincipal LaunchContext launch,
                  Model model) {
        Course course = course(courseId);
        Attempt attempt = attempt(launch, course, attemptId);
        if (attempt.submitted()) {
            return "redirect:/courses/" + course.id() + "/attempts/" + attempt.id();
        }
        Map<Integer, Set<String>> answers = answers(attempt, form);
        List<Integer> missing = attempt.items().stream().map(Attempt.Item::position)
                .filter(p -> answers.getOrDefault(p, Set.of()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            model.addAttribute("course", course);
            model.addAttribute("attempt", attempt);
            model.addAttribute("questions", shown(course, attempt, answers));
            model.addAttribute("missing", missing.stream().map(p -> p + 1).toList());
            return "assessment/attempt";
        }
        service.submit(launch, course, attempt, answers);
        return "redirect:/courses/" + course.id() + "/attempts/" + attempt.id();
    }

    @ExceptionHandler(AttemptService.AttemptNotAllowed.class)
    String notAllowed(AttemptService.AttemptNotAllowed e, Model model,
                      jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        boolean exhausted = e.status().attemptsLeft().map(left -> left == 0).orElse(false);
        model.addAttribute("exhausted", exhausted);
        model.addAttribute("nextStart", WHEN.format(e.status().nextStartAllowed().atZone(UK)));
        return "assessment/not-allowed";
    }

    private String result(LaunchContext launch, Course course, Attempt attempt, Model model) {
        List<ReviewedQuestion> reviewed = new ArrayList<>();
        for (Attempt.Item item : attempt.items()) {
            Question question = course.question(item.questionId()).orElseThrow();
            reviewed.add(new ReviewedQuestion(item.position() + 1, question, texts(question, item.selected()),
                    texts(question, question.correct()), Boolean.TRUE.equals(item.correct())));
        }
        var status = service.status(launch, course);
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("status", status);
        model.addAttribute("canRetake", status.canStart(clock.instant()));
        model.addAttribute("nextStart", WHEN.format(status.nextStartAllowed().atZone(UK)));
        return "assessment/result";
    }

    /** Form values are positions in the shown order; anything else is ignored. */
    private static Map<Integer, Set<String>> answers(Attempt attempt, MultiValueMap<String, String> form) {
        Map<Integer, Set<String>> answers = new HashMap<>();
        for (Attempt.Item item : attempt.items()) {
            List<String> values = form.getOrDefault("q" + item.position(), List.of());
            Set<String> chosen = new LinkedHashSet<>();
            for (String value : values) {
                try {
                    int index = Integer.parseInt(value);
                    if (index >= 0 && index < item.optionOrder().size()) {
                        chosen.add(item.optionOrder().get(index));
                    }
                } catch (NumberFormatException ignored) {
                    // not one of the offered values
                }
            }
            answers.put(item.position(), chosen);
        }
        return answers;
    }

    private static List<ShownQuestion> shown(Course course, Attempt attempt, Map<Integer, Set<String>> answers) {
        List<ShownQuestion> shown = new ArrayList<>();
        for (Attempt.Item item : attempt.items()) {
            Question question = course.question(item.questionId()).orElseThrow();
            Set<String> chosen = answers.getOrDefault(item.position(), Set.of());
            List<ShownOption> options = new ArrayList<>();
            for (int i = 0; i < item.optionOrder().size(); i++) {
                String optionId = item.optionOrder().get(i);
                options.add(new ShownOption(String.valueOf(i), question.option(optionId).text(),
                        chosen.contains(optionId)));
            }
            shown.add(new ShownQuestion(item.position(), item.position() + 1, question.stem(),
                    question.type().allowsSeveral(), options));
        }
        return shown;
    }

    private static List<String> texts(Question question, Set<String> optionIds) {
        return question.options().stream().filter(o -> optionIds.contains(o.id())).map(Question.Option::text)
                .toList();
    }

    private Course course(String courseId) {
        return catalog.find(courseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Attempt attempt(LaunchContext launch, Course course, String attemptId) {
        return service.find(launch, attemptId).filter(a -> a.courseId().equals(course.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A question as the learner sees it: no correct answers, option values are positions. */
    record ShownQuestion(int position, int number, String stem, boolean several, List<ShownOption> options) {
        public String field() {
            return "q" + position;
        }
    }

    record ShownOption(String value, String text, boolean checked) {
    }

    record ReviewedQuestion(int number, Question question, List<String> yourAnswer, List<String> correctAnswer,
                            boolean correct) {
    }
}
