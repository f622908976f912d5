package org.sendready.compliance.internal;

import java.util.ArrayList;
import java.util.List;

import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A person's own training: what their role requires, when it is due, and their certificates. Nobody else's. */
@Controller
class MyTrainingController {

    private final ComplianceAccess access;
    private final ComplianceReports reports;
    private final TrainingRecords records;
    private final Certificates certificates;
    private final ComplianceCalendar calendar;

    MyTrainingController(ComplianceAccess access, ComplianceReports reports, TrainingRecords records,
                         Certificates certificates, ComplianceCalendar calendar) {
        this.access = access;
        this.reports = reports;
        this.records = records;
        this.certificates = certificates;
        this.calendar = calendar;
    }

    @GetMapping("/my-training")
    String myTraining(@AuthenticationPrincipal LaunchContext launch, Model model) {
        ComplianceAccess.Viewer me = access.self(launch);
        model.addAttribute("me", me);
        model.addAttribute("row", reports.person(me.person()));
        model.addAttribute("certificates", records.certificates(me.tenantId(), me.person().userId()));
        model.addAttribute("today", calendar.today());
        model.addAttribute("reports", reports);
        return "compliance/my-training";
    }

    @GetMapping("/my-training.csv")
    ResponseEntity<byte[]> myTrainingCsv(@AuthenticationPrincipal LaunchContext launch) {
        ComplianceAccess.Viewer me = access.self(launch);
        ComplianceReports.PersonRow row = reports.person(me.person());
        List<List<?>> rows = new ArrayList<>();
        for (RequirementStatus cell : row.applicable()) {
            rows.add(List.of(cell.requirement().title(), String.join(" ", cell.requirement().courseIds()),
                    cell.status().label(), text(cell.dueOn()), text(cell.completedOn()), text(cell.validUntil())));
        }
        return CsvExport.of("my-training.csv",
                List.of("requirement", "courses", "status", "due_on", "completed_on", "valid_until"), rows);
    }

    @GetMapping("/my-training/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal LaunchContext launch, @PathVariable String code) {
        ComplianceAccess.Viewer me = access.self(launch);
        Certificate certificate = records.certificate(code)
                .filter(c -> c.tenantId() == me.tenantId() && c.userId() == me.person().userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return certificates.pdf(certificate);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
