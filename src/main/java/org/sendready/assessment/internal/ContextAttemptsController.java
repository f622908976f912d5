package org.sendready.assessment.internal;

import java.time.ZoneId;

import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.lti.LaunchContext;
import org.sendready.lti.ags.PlatformCallFailed;
import org.sendready.lti.nrps.Member;
import org.sendready.lti.nrps.Memberships;
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
    private final AttemptRepository attempts;
    private final Memberships memberships;

    ContextAttemptsController(CourseCatalog catalog, AttemptService service, AttemptRepository attempts,
                              Memberships memberships) {
        this.catalog = catalog;
        this.service = service;
        this.attempts = attempts;
        this.memberships = memberships;
    }

    /** The LMS course's roster (NRPS) joined with attempts: who has passed, not passed, started, not started. */
    @GetMapping("/catalogue/{courseId}/roster")
    String roster(@PathVariable String courseId, @AuthenticationPrincipal LaunchContext launch, Model model) {
        Course course = catalog.find(courseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("course", course);
        model.addAttribute("contextTitle", launch.contextTitle());
        java.util.Optional<java.util.List<Member>> members;
        try {
            members = memberships.forLaunch(launch.launchId());
        } catch (PlatformCallFailed e) {
            model.addAttribute("rows", java.util.List.of());
            model.addAttribute("unavailable", "The LMS did not answer the roster request (" + e.getMessage() + ").");
            return "assessment/roster";
        }
        if (members.isEmpty()) {
            model.addAttribute("rows", java.util.List.of());
            model.addAttribute("unavailable", "Your LMS did not offer the roster service on this launch.");
            return "assessment/roster";
        }
        var standing = attempts.standingBySubject(launch.tenant().id(), courseId);
        var rows = members.get().stream().filter(Member::isLearner)
                .map(m -> new RosterRow(m.name() == null ? m.userId() : m.name(), m.email(),
                        standing.getOrDefault(m.userId(), "Not started")))
                .sorted(java.util.Comparator.comparing(RosterRow::standing).thenComparing(RosterRow::name))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("unavailable", null);
        model.addAttribute("counts", rows.stream().collect(java.util.stream.Collectors.groupingBy(RosterRow::standing,
                java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        return "assessment/roster";
    }

    record RosterRow(String name, String email, String standing) {
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
