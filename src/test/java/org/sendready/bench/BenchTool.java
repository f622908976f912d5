package org.sendready.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sendready.SendReadyApplication;
import org.sendready.support.FreePort;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The tool started for a benchmark: its own file database, the stub platform registered by file, on a free port. */
record BenchTool(ConfigurableApplicationContext app, String base) implements AutoCloseable {

    static BenchTool start(Path dir, StubPlatform stub, String... extraArguments) throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("platforms")).resolve("stub.json"), """
                {"name": "Bench LMS", "issuer": "https://bench.example", "client_id": "bench", "deployment_ids": ["d"],
                 "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token", "jwks_uri": "%1$s/jwks"}
                """.formatted(stub.url()));
        int port = FreePort.find();
        String base = "http://localhost:" + port;
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--sendready.base-url=" + base,
                "--sendready.lti.platforms-dir=" + dir.resolve("platforms"),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + "/sendready;QUERY_CACHE_SIZE=128",
                "--logging.level.org.sendready=WARN"));
        arguments.addAll(List.of(extraArguments));
        return new BenchTool(new SpringApplicationBuilder(SendReadyApplication.class)
                .run(arguments.toArray(String[]::new)), base);
    }

    @Override
    public void close() {
        app.close();
    }
}
