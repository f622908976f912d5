package org.sendready.compliance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendready.lti.LaunchContext;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leader's view of their own organisation: who must train, who has, what is overdue; roles, start dates and the
 * SENCO qualification set by the leader; and the exports an inspection asks for.
 */
@Controller
class SchoolDashboardController {

    private final ComplianceAccess access;
    private final ComplianceReports reports;
    private final Staff staff;
    private final TrainingRecords records;
    private final Certificates certificates;
    private final PdfExport pdf;
    private final ComplianceCalendar calendar;

    private final RosterImport rosterImport;

    SchoolDashboardController(ComplianceAccess access, ComplianceReports reports, Staff staff, TrainingRecords records,
                              Certificates certificates, PdfExport pdf, ComplianceCalendar calendar,
                              RosterImport rosterImport) {
        this.rosterImport = rosterImport;
        this.access = access;
        this.reports = reports;
        this.staff = staff;
        this.records = records;
        this.certificates = certificates;
        this.pdf = pdf;
        this.calendar = calendar;
    }

    @GetMapping("/compliance")
    String home(@AuthenticationPrincipal LaunchContext launch) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        return viewer.organisation().isLocalAuthority() ? "redirect:/compliance/la" : "redirect:/compliance/school";
    }

    @GetMapping("/compliance/school")
    String dashboard(@AuthenticationPrincipal LaunchContext launch,
                     @RequestParam(required = false) String role, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String requirement, Model model,
                     jakarta.servlet.http.HttpServletRequest request) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        rosterImport.importOnce(launch, viewer.organisation(), request.getSession(false));
        MatrixView view = MatrixView.of(reports.organisation(viewer.organisation()),
                MatrixView.Filters.of(role, status, requirement));
        model.addAttribute("view", view);
        model.addAttribute("base", "/compliance/school");
        model.addAttribute("editable", true);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("statuses", TrainingStatus.values());
        return "compliance/school";
    }

    @GetMapping("/compliance/school/staff.csv")
    ResponseEntity<byte[]> staffCsv(@AuthenticationPrincipal LaunchContext launch,
                                    @RequestParam(required = false) String role,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(required = false) String requirement) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        return matrixCsv(MatrixView.of(reports.organisation(viewer.organisation()),
                MatrixView.Filters.of(role, status, requirement)), "staff-training.csv");
    }

    static ResponseEntity<byte[]> matrixCsv(MatrixView view, String filename) {
        List<String> header = new ArrayList<>(List.of("name", "email", "role", "started_on"));
        for (Requirement requirement : view.report().requirements()) {
            header.add(requirement.id() + "_status");
            header.add(requirement.id() + "_due_on");
            header.add(requirement.id() + "_completed_on");
            header.add(requirement.id() + "_valid_until");
        }
        List<List<?>> rows = new ArrayList<>();
        for (ComplianceReports.PersonRow row : view.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.person().displayName(),
                    MyTrainingController.text(row.person().email()), row.person().role().label(),
                    row.person().startedOn()));
            for (RequirementStatus cell : row.cells()) {
                if (cell == null) {
                    line.addAll(List.of("not required", "", "", ""));
                } else {
                    line.addAll(List.of(cell.status().label(), MyTrainingController.text(cell.dueOn()),
                            MyTrainingController.text(cell.completedOn()),
                            MyTrainingController.text(cell.validUntil())));
                }
            }
            rows.add(line);
        }
        return CsvExport.of(filename, header, rows);
    }

    @GetMapping("/compliance/school/senco.csv")
    ResponseEntity<byte[]> sencoCsv(@AuthenticationPrincipal LaunchContext launch) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        List<List<?>> rows = new ArrayList<>();
        for (ComplianceReports.PersonRow row : reports.organisation(viewer.organisation()).rows()) {
            if (row.qualification() != null) {
                SencoQualification q = row.qualification();
                rows.add(List.of(row.person().displayName(), q.appointedOn(), q.qualification().label(),
                        MyTrainingController.text(q.startedOn()), MyTrainingController.text(q.completedOn()),
                        row.senco().deadline(), row.senco().state().label()));
            }
        }
        return CsvExport.of("senco-qualification.csv", List.of("name", "appointed_on", "qualification", "started_on",
                "completed_on", "deadline", "status"), rows);
    }

    @GetMapping("/compliance/school/staff/{userId}")
    String person(@AuthenticationPrincipal LaunchContext launch, @PathVariable long userId, Model model) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        Person person = access.staffMember(viewer, userId);
        model.addAttribute("row", reports.person(person));
        model.addAttribute("certificates", records.certificates(viewer.tenantId(), userId));
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("kinds", SencoQualification.Kind.values());
        model.addAttribute("organisation", viewer.organisation());
        return "compliance/person";
    }

    @PostMapping("/compliance/school/staff/{userId}")
    String update(@AuthenticationPrincipal LaunchContext launch, @PathVariable long userId,
                  @RequestParam String role,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                  RedirectAttributes redirect) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        Person person = access.staffMember(viewer, userId);
        StaffRole staffRole = StaffRole.fromCode(role)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        staff.setRole(viewer.tenantId(), person.userId(), staffRole);
        staff.setStartedOn(viewer.tenantId(), person.userId(), startedOn);
        redirect.addFlashAttribute("saved", "Role and start date saved.");
        return "redirect:/compliance/school/staff/" + person.userId();
    }

    @PostMapping("/compliance/school/staff/{userId}/senco")
    String senco(@AuthenticationPrincipal LaunchContext launch, @PathVariable long userId,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appointedOn,
                 @RequestParam String qualification,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                 RedirectAttributes redirect) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        Person person = access.staffMember(viewer, userId);
        SencoQualification.Kind kind;
        try {
            kind = SencoQualification.Kind.valueOf(qualification);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (completedOn != null && startedOn != null && completedOn.isBefore(startedOn)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        staff.saveQualification(viewer.tenantId(), person.userId(),
                new SencoQualification(appointedOn, kind, startedOn, completedOn), viewer.person().userId(),
                calendar.now());
        redirect.addFlashAttribute("saved", "SENCO qualification saved.");
        return "redirect:/compliance/school/staff/" + person.userId();
    }

    @GetMapping("/compliance/school/staff/{userId}/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal LaunchContext launch, @PathVariable long userId,
                                       @PathVariable String code) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        Person person = access.staffMember(viewer, userId);
        Certificate certificate = records.certificate(code)
                .filter(c -> c.tenantId() == viewer.tenantId() && c.userId() == person.userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return certificates.pdf(certificate);
    }

    @GetMapping("/compliance/school/sen-information-report")
    String senInformationReport(@AuthenticationPrincipal LaunchContext launch, Model model) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        model.addAllAttributes(senReport(viewer));
        return "compliance/sen-information-report";
    }

    @GetMapping("/compliance/school/sen-information-report.csv")
    ResponseEntity<byte[]> senInformationReportCsv(@AuthenticationPrincipal LaunchContext launch) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        AcademicYear year = AcademicYear.containing(calendar.today());
        List<List<?>> rows = new ArrayList<>();
        for (ComplianceReports.CourseSummary s : reports.courseSummaries(viewer.organisation(), year)) {
            rows.add(List.of(year.label(), s.courseId(), s.title(), s.staff(), s.firstCompleted(), s.lastCompleted(),
                    s.versionList()));
        }
        return CsvExport.of("sen-information-report-training.csv", List.of("academic_year", "course_id", "course",
                "staff_completed", "first_completed_on", "last_completed_on", "course_versions"), rows);
    }

    @GetMapping("/compliance/school/evidence-pack.pdf")
    ResponseEntity<byte[]> evidencePack(@AuthenticationPrincipal LaunchContext launch) {
        ComplianceAccess.Viewer viewer = access.leader(launch);
        Map<String, Object> model = senReport(viewer);
        model.put("view", MatrixView.of(reports.organisation(viewer.organisation()),
                MatrixView.Filters.of(null, null, null)));
        model.put("preparedBy", viewer.person().displayName());
        return pdf.of("compliance/evidence-pack-pdf", model, "evidence-pack-" + calendar.today() + ".pdf");
    }

    private Map<String, Object> senReport(ComplianceAccess.Viewer viewer) {
        AcademicYear year = AcademicYear.containing(calendar.today());
        ComplianceReports.OrganisationReport report = reports.organisation(viewer.organisation());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", viewer.organisation());
        model.put("year", year);
        model.put("today", calendar.today());
        model.put("summaries", reports.courseSummaries(viewer.organisation(), year));
        model.put("byRequirement", report.byRequirement());
        model.put("staffCount", report.rows().size());
        model.put("sencos", report.rows().stream().filter(r -> r.senco() != null).toList());
        return model;
    }
}
