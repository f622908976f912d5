package org.sendready.compliance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.sendready.core.ToolUrls;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PDFs from Thymeleaf templates: the template is rendered to HTML, parsed leniently by jsoup into a DOM, and laid
 * out by openhtmltopdf. Templates carry their own print styles; nothing is fetched from outside.
 */
@Component
class PdfExport {

    private final ITemplateEngine templates;
    private final ToolUrls urls;

    PdfExport(ITemplateEngine templates, ToolUrls urls) {
        this.templates = templates;
        this.urls = urls;
    }

    ResponseEntity<byte[]> of(String template, Map<String, Object> model, String filename) {
        Context context = new Context(java.util.Locale.UK, model);
        String html = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), urls.base() + "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(out.toByteArray());
    }
}
