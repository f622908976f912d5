package org.sendready.scorm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.sendready.course.Course;
import org.sendready.scorm.internal.ScormPackager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in LMS on 127.0.0.1: serves unpacked SCORM packages and a host page in which scorm-again (npm) is the
 * runtime API, in a parent frame or as the opener of a popup. The host page keeps a log of the SCO's calls and the last
 * value it set for each element, for tests to read.
 */
final class TestLms implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Map<String, byte[]>> packages = new ConcurrentHashMap<>();
    private final ScormPackager packager = new ScormPackager();
    private final JsonMapper json = JsonMapper.builder().build();

    TestLms() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/pkg/", this::packageFile);
        server.createContext("/lms/runtime/", this::runtime);
        server.createContext("/lms/host.html", this::host);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Unpacks a course's package where the LMS serves it; returns its launch URL. */
    String publish(Course course, ScormFormat format) {
        String name = course.id() + "-" + format.code();
        packages.put(name, PackageChecks.unzip(packager.build(course, format)));
        return base() + "/pkg/" + name + "/index.html";
    }

    /**
     * The host page launching a package. {@code mode} is "frame" (the SCO in an iframe) or "opener" (a button opens it
     * in a popup); {@code initial} are flattened CMI values loaded before launch, e.g. a previous session's.
     */
    String hostUrl(Course course, ScormFormat format, String mode, Map<String, String> initial) {
        String launch = publish(course, format);
        return base() + "/lms/host.html?format=" + format.code() + "&mode=" + mode
                + "&launch=" + URLEncoder.encode(launch, StandardCharsets.UTF_8)
                + "&init=" + URLEncoder.encode(json.writeValueAsString(initial), StandardCharsets.UTF_8);
    }

    private void packageFile(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/", 4); // "", "pkg", name, file
        Map<String, byte[]> files = parts.length == 4 ? packages.get(parts[2]) : null;
        byte[] body = files == null ? null : files.get(parts[3]);
        respond(exchange, body, contentType(parts.length == 4 ? parts[3] : ""));
    }

    private void runtime(HttpExchange exchange) throws IOException {
        String file = exchange.getRequestURI().getPath().substring("/lms/runtime/".length());
        Path path = ScormFixtures.npm("scorm-again/dist").resolve(file).normalize();
        byte[] body = path.startsWith(ScormFixtures.npm("scorm-again/dist")) && Files.isRegularFile(path)
                ? Files.readAllBytes(path) : null;
        respond(exchange, body, "text/javascript");
    }

    private void host(HttpExchange exchange) throws IOException {
        boolean v12 = exchange.getRequestURI().getQuery().contains("format=scorm12");
        String page = """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Test LMS</title>
                <script src="/lms/runtime/%s"></script></head>
                <body><main aria-label="Test LMS"><h1>Test LMS</h1><div id="player"></div></main>
                <script>
                  var params = new URLSearchParams(location.search);
                  var api = new %s({logLevel: 5, autocommit: false});
                  api.loadFromFlattenedJSON(JSON.parse(params.get('init') || '{}'));
                  window.%s = api;
                  window.lmsLog = [];
                  window.lmsSets = {};
                  %s.forEach(function (name) { api.on(name, function () { lmsLog.push(name); }); });
                  api.on('%s', function (element, value) { lmsSets[element] = String(value); });
                  if (params.get('mode') === 'opener') {
                    var launchButton = document.createElement('button');
                    launchButton.id = 'open-course';
                    launchButton.textContent = 'Open the course';
                    launchButton.onclick = function () { window.open(params.get('launch'), 'course'); };
                    document.getElementById('player').appendChild(launchButton);
                  } else {
                    var frame = document.createElement('iframe');
                    frame.id = 'sco';
                    frame.name = 'sco';
                    frame.title = 'Course';
                    frame.style.width = '100%%';
                    frame.style.height = '900px';
                    frame.src = params.get('launch');
                    document.getElementById('player').appendChild(frame);
                  }
                </script>
                </body>
                </html>
                """.formatted(v12 ? "scorm12.min.js" : "scorm2004.min.js", v12 ? "Scorm12API" : "Scorm2004API",
                v12 ? "API" : "API_1484_11",
                v12 ? "['LMSInitialize', 'LMSCommit', 'LMSFinish']" : "['Initialize', 'Commit', 'Terminate']",
                v12 ? "LMSSetValue" : "SetValue");
        respond(exchange, page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    private static void respond(HttpExchange exchange, byte[] body, String type) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return file.endsWith(".css") ? "text/css; charset=utf-8" : "application/xml";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
