package org.sendready.scorm.internal;

import org.sendready.course.Course;
import org.sendready.course.CourseCatalog;
import org.sendready.scorm.ScormFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Administrators download a course's SCORM package, and read what SCORM scoring can and cannot promise. */
@Controller
class ScormDownloadController {

    private final CourseCatalog catalog;
    private final ScormPackager packager;

    ScormDownloadController(CourseCatalog catalog, ScormPackager packager) {
        this.catalog = catalog;
        this.packager = packager;
    }

    @GetMapping("/admin/scorm")
    String packages(Model model) {
        model.addAttribute("courses", catalog.courses());
        model.addAttribute("formats", ScormFormat.values());
        return "scorm/packages";
    }

    @GetMapping("/admin/scorm/{courseId}.zip")
    ResponseEntity<byte[]> download(@PathVariable String courseId,
                                    @RequestParam(name = "format", defaultValue = "scorm12") String format) {
        ScormFormat scormFormat = ScormFormat.parse(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is scorm12 or scorm2004"));
        Course course = catalog.find(courseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ScormPackager.fileName(course, scormFormat)).build().toString())
                .body(packager.build(course, scormFormat));
    }
}
