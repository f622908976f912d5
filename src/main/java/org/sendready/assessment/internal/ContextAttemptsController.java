package org.sendready.assessment.internal;

import java.time.ZoneId;

import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Instructors see the attempts made in their own LMS course (context) and tenant, nobody else's. */
@Controller
class ContextAttemptsController {

    private final CourseCatalog catalog;
    private final AttemptService service;

    ContextAttemptsController(CourseCatalog catalog, AttemptService service) {
        this.catalog = catalog;
        this.service = service;
    }

    @GetMapping("/catalogue/{courseId}/attempts")
    String attempts(@PathVariable String courseId, @AuthenticationPrincipal LaunchContext launch, Model model) {
        Course course = catalog.find(courseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("course", course);
        model.addAttribute("contextTitle", launch.contextTitle());
        model.addAttribute("attempts", service.inContext(launch, courseId));
        model.addAttribute("when", AssessmentController.WHEN.withZone(ZoneId.of("Europe/London")));
        return "assessment/context-attempts";
    }
}
