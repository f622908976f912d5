package org.sendready.compliance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a staff × requirement page shows: the report narrowed by the filters, plus the chart geometry (an SVG in a
 * 100-unit-wide box, so widths are percentages and no style attribute is needed).
 */
record MatrixView(ComplianceReports.OrganisationReport report, Filters filters, List<ComplianceReports.PersonRow> rows,
                  List<Segment> segments) {

    /** Role, status and requirement filters from the query string; unknown values are ignored. */
    record Filters(StaffRole role, TrainingStatus status, String requirement) {

        static Filters of(String role, String status, String requirement) {
            return new Filters(StaffRole.fromCode(role).orElse(null), TrainingStatus.fromCode(status),
                    requirement == null || requirement.isBlank() ? null : requirement.toLowerCase(Locale.ROOT));
        }

        public boolean any() {
            return role != null || status != null || requirement != null;
        }

        public String roleCode() {
            return role == null ? "" : role.code();
        }

        public String statusCode() {
            return status == null ? "" : status.code();
        }

        public String requirementId() {
            return requirement == null ? "" : requirement;
        }
    }

    /** One status's share of all requirement cells. */
    record Segment(TrainingStatus status, long count, double x, double width) {
    }

    static MatrixView of(ComplianceReports.OrganisationReport report, Filters filters) {
        int column = -1;
        for (int i = 0; i < report.requirements().size(); i++) {
            if (report.requirements().get(i).id().equals(filters.requirement())) {
                column = i;
            }
        }
        int chosen = column;
        List<ComplianceReports.PersonRow> rows = report.rows().stream()
                .filter(r -> filters.role() == null || r.person().role() == filters.role())
                .filter(r -> chosen < 0 || r.cells().get(chosen) != null)
                .filter(r -> filters.status() == null || (chosen < 0 ? r.has(filters.status())
                        : r.cells().get(chosen).status() == filters.status()))
                .toList();
        List<Segment> segments = new ArrayList<>();
        double total = report.total();
        double x = 0;
        for (TrainingStatus status : TrainingStatus.values()) {
            long count = report.counts().get(status);
            if (count > 0) {
                double width = 100.0 * count / total;
                segments.add(new Segment(status, count, round(x), round(width)));
                x += width;
            }
        }
        return new MatrixView(report, filters, rows, segments);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
