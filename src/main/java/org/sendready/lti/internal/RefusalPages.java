package org.sendready.lti.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletResponse;

/** The one place a refused login or launch becomes a page, a status and a log line (never the token itself). */
@ControllerAdvice(assignableTypes = {LoginInitiationController.class, LaunchController.class})
class RefusalPages {

    private static final Logger log = LoggerFactory.getLogger(RefusalPages.class);

    @ExceptionHandler(LaunchRejected.class)
    String refused(LaunchRejected refusal, Model model, HttpServletResponse response) {
        LaunchRejected.Reason reason = refusal.reason();
        log.warn("launch refused reason={} iss={} client_id={}", reason, safe(refusal.issuer()),
                safe(refusal.clientId()));
        HttpStatus status = reason.status();
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reasonCode", reason.name());
        model.addAttribute("explanation", reason.explanation());
        return "lti/refused";
    }

    /** Values from the request are logged only after trimming anything that could forge a log line. */
    private static String safe(String value) {
        if (value == null) {
            return "-";
        }
        String cleaned = value.replaceAll("[\\r\\n\\t]", "_");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }
}
