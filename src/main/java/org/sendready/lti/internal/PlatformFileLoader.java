package org.sendready.lti.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendready.lti.PlatformRegistration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers every platform described by a {@code *.json} file in the platforms directory at start. A bad file is
 * skipped with a log line naming the file and the problem; the tool still starts.
 */
@Component
@Order(0)
class PlatformFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformFileLoader.class);
    static final Set<String> KEYS = Set.of("name", "issuer", "client_id", "deployment_ids",
            "authorization_endpoint", "token_endpoint", "jwks_uri");

    private final LtiProperties properties;
    private final JdbcPlatformRegistry registry;
    private final JsonMapper json = JsonMapper.builder().build();

    PlatformFileLoader(LtiProperties properties, JdbcPlatformRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path dir = properties.platformsDir();
        if (!Files.isDirectory(dir)) {
            log.info("platform registrations: directory {} not found, none loaded", dir.toAbsolutePath());
            return;
        }
        int loaded = 0;
        for (Path file : files(dir)) {
            try {
                registry.register(parse(file), "file:" + file.getFileName());
                loaded++;
            } catch (BadFile | RegistrationCheck.InvalidRegistration e) {
                log.warn("platform registration skipped reason=PLATFORM_FILE_INVALID file={} problem={}",
                        file.getFileName(), e.getMessage());
            } catch (RuntimeException e) {
                log.warn("platform registration skipped reason=PLATFORM_FILE_UNREADABLE file={} problem={}",
                        file.getFileName(), e.getClass().getSimpleName());
            }
        }
        log.info("platform registrations: {} loaded from {}", loaded, dir.toAbsolutePath());
    }

    private static List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            log.warn("platform registrations: cannot list {}: {}", dir, e.getClass().getSimpleName());
        }
        files.sort(null);
        return files;
    }

    PlatformRegistration parse(Path file) {
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BadFile("cannot be read");
        } catch (JacksonException e) {
            throw new BadFile("is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new BadFile("must hold one JSON object");
        }
        Set<String> unknown = new TreeSet<>(root.propertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new BadFile("unknown keys " + unknown + "; allowed: " + new TreeSet<>(KEYS));
        }
        Set<String> missing = new TreeSet<>(KEYS);
        missing.removeAll(root.propertyNames());
        if (!missing.isEmpty()) {
            throw new BadFile("missing keys " + missing);
        }
        JsonNode deployments = root.get("deployment_ids");
        if (!deployments.isArray()) {
            throw new BadFile("deployment_ids must be an array of strings");
        }
        List<String> deploymentIds = new ArrayList<>();
        for (JsonNode id : deployments) {
            if (!id.isString()) {
                throw new BadFile("deployment_ids must be an array of strings");
            }
            deploymentIds.add(id.asString());
        }
        return new PlatformRegistration(text(root, "name"), text(root, "issuer"), text(root, "client_id"),
                deploymentIds, text(root, "authorization_endpoint"), text(root, "token_endpoint"),
                text(root, "jwks_uri"));
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (!node.isString()) {
            throw new BadFile(key + " must be a string");
        }
        return node.asString().trim();
    }

    static final class BadFile extends RuntimeException {
        BadFile(String message) {
            super(message);
        }
    }
}
