package org.sendready.scorm.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.sendready.lti.AppRole;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the course catalogue whether to offer SCORM downloads: only administrators may take them. */
@ControllerAdvice(basePackages = "org.sendready.course")
class ScormCatalogueLinks {

    @ModelAttribute("scormDownloads")
    boolean scormDownloads(HttpServletRequest request) {
        return request.isUserInRole(AppRole.ADMINISTRATOR.name());
    }
}
