package org.sendready.course.internal;

import java.util.List;

import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The catalogue for instructors and administrators: every course, and a preview of every lesson and question. */
@Controller
class CatalogueController {

    private final CourseCatalog catalog;

    CatalogueController(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalogue")
    String catalogue(@RequestParam(name = "audience", required = false) String audience, Model model) {
        List<Course> courses = audience == null || audience.isBlank() ? catalog.courses()
                : catalog.courses().stream().filter(c -> c.audiences().contains(audience)).toList();
        model.addAttribute("courses", courses);
        model.addAttribute("pathways", catalog.pathways());
        model.addAttribute("audience", audience == null ? "" : audience);
        return "course/catalogue";
    }

    @GetMapping("/catalogue/{courseId}")
    String preview(@PathVariable String courseId, Model model) {
        Course course = catalog.find(courseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("course", course);
        return "course/preview";
    }
}
