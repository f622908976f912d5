package org.sendready.compliance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** A local authority training team's view: every school and setting of the LA, drill-down, and open data. */
@Controller
class LaDashboardController {

    private final ComplianceAccess access;
    private final ComplianceReports reports;
    private final JsonMapper json = JsonMapper.builder().build();

    LaDashboardController(ComplianceAccess access, ComplianceReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GetMapping("/compliance/la")
    String dashboard(@AuthenticationPrincipal LaunchContext launch, Model model) {
        ComplianceAccess.Viewer viewer = access.laTeam(launch);
        model.addAttribute("la", viewer.organisation());
        model.addAttribute("lines", reports.localAuthority(viewer.organisation()));
        model.addAttribute("years", reports.openDataYears());
        return "compliance/la";
    }

    @GetMapping("/compliance/la/schools.csv")
    ResponseEntity<byte[]> schoolsCsv(@AuthenticationPrincipal LaunchContext launch) {
        ComplianceAccess.Viewer viewer = access.laTeam(launch);
        List<List<?>> rows = new ArrayList<>();
        for (ComplianceReports.SchoolLine line : reports.localAuthority(viewer.organisation())) {
            rows.add(List.of(line.organisation().name(), MyTrainingController.text(line.organisation().urn()),
                    line.organisation().kind().label(), line.staff(), line.fullyUpToDate(), line.overduePeople(),
                    line.percent()));
        }
        return CsvExport.of("la-schools.csv", List.of("organisation", "urn", "type", "staff", "staff_up_to_date",
                "staff_overdue", "requirements_complete_percent"), rows);
    }

    @GetMapping("/compliance/la/schools/{orgId}")
    String school(@AuthenticationPrincipal LaunchContext launch, @PathVariable long orgId,
                  @RequestParam(required = false) String role, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String requirement, Model model) {
        ComplianceAccess.Viewer viewer = access.laTeam(launch);
        Organisation school = access.schoolOfLa(viewer, orgId);
        model.addAttribute("view", MatrixView.of(reports.organisation(school),
                MatrixView.Filters.of(role, status, requirement)));
        model.addAttribute("base", "/compliance/la/schools/" + school.id());
        model.addAttribute("editable", false);
        model.addAttribute("la", viewer.organisation());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("statuses", TrainingStatus.values());
        return "compliance/school";
    }

    @GetMapping("/compliance/la/schools/{orgId}/staff.csv")
    ResponseEntity<byte[]> schoolCsv(@AuthenticationPrincipal LaunchContext launch, @PathVariable long orgId,
                                     @RequestParam(required = false) String role,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String requirement) {
        ComplianceAccess.Viewer viewer = access.laTeam(launch);
        Organisation school = access.schoolOfLa(viewer, orgId);
        return SchoolDashboardController.matrixCsv(MatrixView.of(reports.organisation(school),
                MatrixView.Filters.of(role, status, requirement)), "staff-training-" + school.id() + ".csv");
    }

    @GetMapping("/compliance/la/open-data/{startYear}.csv")
    ResponseEntity<byte[]> openDataCsv(@AuthenticationPrincipal LaunchContext launch, @PathVariable int startYear) {
        ComplianceAccess.Viewer viewer = access.laTeam(launch);
        AcademicYear year = year(startYear);
        List<List<?>> rows = new ArrayList<>();
        for (ComplianceReports.OpenDataLine line : reports.openData(viewer.organisation(), year)) {
            rows.add(List.of(MyTrainingController.text(line.laCode()), line.academicYear(), line.role().code(),
                    suppressed(line.staff()), suppressed(line.completed()), suppressed(line.percent())));
        }
        return CsvExport.of("send-training-" + viewer.organisation().laCode() + "-" + startYear + ".csv",
                List.of("la_code", "academic_year", "staff_role", "staff", "completed_all_requirements",
                        "percent_completed"), rows);
    }

    @GetMapping(path = "/compliance/la/open-data/{startYear}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> openDataJson(@AuthenticationPrincipal LaunchContext launch,
                                                     @PathVariable int startYear) {
        ComplianceAccess.Viewer viewer = access.laTeam(launch);
        AcademicYear year = year(startYear);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (ComplianceReports.OpenDataLine line : reports.openData(viewer.organisation(), year)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("staff_role", line.role().code());
            entry.put("staff", line.staff());
            entry.put("completed_all_requirements", line.completed());
            entry.put("percent_completed", line.percent());
            entry.put("suppressed", line.completed() == null);
            lines.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("la_code", viewer.organisation().laCode());
        body.put("academic_year", year.label());
        body.put("period_start", year.firstDay().toString());
        body.put("period_end", year.lastDay().toString());
        body.put("suppression", "counts below 5, and completed counts whose complement is below 5, are null");
        body.put("by_role", lines);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"send-training-"
                        + viewer.organisation().laCode() + "-" + startYear + ".json\"")
                .body(json.writeValueAsString(body)); // suppressed counts stay as explicit nulls
    }

    private AcademicYear year(int startYear) {
        if (reports.openDataYears().stream().noneMatch(y -> y.startYear() == startYear)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return new AcademicYear(startYear);
    }

    private static String suppressed(Integer value) {
        return value == null ? "c" : value.toString();
    }
}
