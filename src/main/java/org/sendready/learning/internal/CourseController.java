package org.sendready.learning.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TreeSet;

import org.sendready.assessment.AssessmentStatus;
import org.sendready.assessment.Assessments;
import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.course.Lesson;
import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A course's overview and its lessons, with progress and resume. */
@Controller
class CourseController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

    private final CourseCatalog catalog;
    private final LessonProgress progress;
    private final Assessments assessments;
    private final Clock clock;

    CourseController(CourseCatalog catalog, LessonProgress progress, Assessments assessments, Clock clock) {
        this.catalog = catalog;
        this.progress = progress;
        this.assessments = assessments;
        this.clock = clock;
    }

    @GetMapping("/courses/{courseId}")
    String overview(@PathVariable String courseId, @AuthenticationPrincipal LaunchContext launch, Model model) {
        Course course = course(courseId);
        LessonProgress.Progress current = progress.find(launch, course)
                .orElse(new LessonProgress.Progress(course.version(), 0, new TreeSet<>()));
        AssessmentStatus status = assessments.status(launch, course);
        model.addAttribute("course", course);
        model.addAttribute("progress", current);
        model.addAttribute("percent", current.percentOf(course));
        model.addAttribute("resumeLesson", Math.max(1, current.currentLesson()));
        model.addAttribute("started", current.currentLesson() > 0);
        model.addAttribute("lawDate", DATE.format(course.lawInForceOn()));
        model.addAttribute("status", status);
        model.addAttribute("canStart", status.canStart(clock.instant()));
        model.addAttribute("nextStart", WHEN.format(status.nextStartAllowed().atZone(ZoneId.of("Europe/London"))));
        return "learning/overview";
    }

    @GetMapping("/courses/{courseId}/lessons/{number}")
    String lesson(@PathVariable String courseId, @PathVariable int number,
                  @AuthenticationPrincipal LaunchContext launch, Model model) {
        Course course = course(courseId);
        Lesson lesson = course.lesson(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        progress.opened(launch, course, number);
        model.addAttribute("course", course);
        model.addAttribute("lesson", lesson);
        model.addAttribute("total", course.lessons().size());
        model.addAttribute("percent", Math.round(100f * number / course.lessons().size()));
        return "learning/lesson";
    }

    private Course course(String courseId) {
        return catalog.find(courseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
