package org.sendready.compliance.internal;

import java.util.Map;

import org.sendready.core.ToolUrls;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A certificate as a PDF, with the public address that verifies it. */
@Component
class Certificates {

    private final PdfExport pdf;
    private final ToolUrls urls;
    private final ComplianceCalendar calendar;

    Certificates(PdfExport pdf, ToolUrls urls, ComplianceCalendar calendar) {
        this.pdf = pdf;
        this.urls = urls;
        this.calendar = calendar;
    }

    String verificationUrl(Certificate certificate) {
        return urls.url("/verify/" + certificate.code());
    }

    ResponseEntity<byte[]> pdf(Certificate certificate) {
        return pdf.of("compliance/certificate-pdf", Map.of("certificate", certificate,
                        "verifyUrl", verificationUrl(certificate), "validNow", certificate.validOn(calendar.today())),
                "certificate-" + certificate.courseId() + ".pdf");
    }
}
