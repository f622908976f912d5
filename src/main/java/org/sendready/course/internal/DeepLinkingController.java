package org.sendready.course.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sendready.core.ToolUrls;
import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.lti.LaunchContext;
import org.sendready.lti.deeplinking.ContentItem;
import org.sendready.lti.deeplinking.DeepLinking;
import org.sendready.lti.deeplinking.DeepLinkingRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Placing courses in the LMS: the instructor picks courses (and a due date), SENDReady returns signed links. */
@Controller
class DeepLinkingController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CourseCatalog catalog;
    private final DeepLinking deepLinking;
    private final ToolUrls urls;

    DeepLinkingController(CourseCatalog catalog, DeepLinking deepLinking, ToolUrls urls) {
        this.catalog = catalog;
        this.deepLinking = deepLinking;
        this.urls = urls;
    }

    @GetMapping("/deep-linking")
    String choose(@RequestParam(name = "audience", required = false) String audience,
                  @AuthenticationPrincipal LaunchContext launch, Model model) {
        DeepLinkingRequest request = request(launch);
        model.addAttribute("request", request);
        model.addAttribute("courses", audience == null || audience.isBlank() ? catalog.courses()
                : catalog.courses().stream().filter(c -> c.audiences().contains(audience)).toList());
        model.addAttribute("pathways", catalog.pathways());
        model.addAttribute("audience", audience == null ? "" : audience);
        model.addAttribute("problem", null);
        return "course/deep-linking";
    }

    @PostMapping("/deep-linking")
    String place(@RequestParam(name = "course", required = false) List<String> courseIds,
                 @RequestParam(name = "due", required = false) String due,
                 @AuthenticationPrincipal LaunchContext launch, Model model) {
        DeepLinkingRequest request = request(launch);
        List<Course> chosen = new ArrayList<>();
        for (String id : courseIds == null ? List.<String>of() : courseIds) {
            catalog.find(id).ifPresent(chosen::add);
        }
        String problem = null;
        if (chosen.isEmpty()) {
            problem = "Choose at least one course to place.";
        } else if (chosen.size() > 1 && !request.acceptMultiple()) {
            problem = "This LMS accepts one course at a time. Choose one course.";
        }
        java.time.Instant dueAt = null;
        if (problem == null && due != null && !due.isBlank()) {
            try {
                // due at the end of the chosen day, UK time
                dueAt = LocalDate.parse(due).plusDays(1).atStartOfDay(UK).minusSeconds(1).toInstant();
            } catch (DateTimeParseException e) {
                problem = "Enter the due date as a date, for example 2027-03-31.";
            }
        }
        if (problem != null) {
            model.addAttribute("request", request);
            model.addAttribute("courses", catalog.courses());
            model.addAttribute("pathways", catalog.pathways());
            model.addAttribute("audience", "");
            model.addAttribute("problem", problem);
            return "course/deep-linking";
        }
        List<ContentItem> items = new ArrayList<>();
        for (Course course : chosen) {
            items.add(new ContentItem(course.moduleCode() + " " + course.title(), course.summary(),
                    urls.url("/courses/" + course.id()), Map.of("course_id", course.id()),
                    new ContentItem.LineItem(100, course.moduleCode() + " " + course.title(), course.id(),
                            "sendready"), dueAt));
        }
        model.addAttribute("returnUrl", request.returnUrl());
        model.addAttribute("jwt", deepLinking.respond(launch, request, items));
        model.addAttribute("count", items.size());
        return "course/deep-linking-return";
    }

    private DeepLinkingRequest request(LaunchContext launch) {
        return deepLinking.request(launch).filter(DeepLinkingRequest::acceptsResourceLinks)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}
