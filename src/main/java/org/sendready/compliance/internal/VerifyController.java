package org.sendready.compliance.internal;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public check of a certificate, open to anyone holding its code: name, course, version, date and validity, and
 * nothing else (no organisation, score, email or ids).
 */
@Controller
class VerifyController {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{20,40}");

    private final TrainingRecords records;
    private final ComplianceCalendar calendar;

    VerifyController(TrainingRecords records, ComplianceCalendar calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, Model model) {
        Certificate certificate = (CODE.matcher(code).matches() ? records.certificate(code) : java.util.Optional
                .<Certificate>empty()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("name", certificate.holderName());
        model.addAttribute("course", certificate.courseTitle());
        model.addAttribute("version", certificate.courseVersion());
        model.addAttribute("completedOn", certificate.completedOn());
        model.addAttribute("validUntil", certificate.validUntil());
        model.addAttribute("valid", certificate.validOn(calendar.today()));
        return "compliance/verify";
    }
}
