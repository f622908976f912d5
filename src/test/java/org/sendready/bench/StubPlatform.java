package org.sendready.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A minimal LMS on loopback for benchmarks: key set, token endpoint and score endpoint, counting requests. */
final class StubPlatform implements AutoCloseable {

    private final HttpServer server;
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger scoreRequests = new AtomicInteger();
    final AtomicInteger keySetRequests = new AtomicInteger();

    StubPlatform(RSAKey key) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server.createContext("/jwks", exchange -> {
            keySetRequests.incrementAndGet();
            respond(exchange, 200, jwks);
        });
        server.createContext("/token", exchange -> {
            tokenRequests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            respond(exchange, 200, "{\"access_token\": \"bench\", \"token_type\": \"Bearer\", \"expires_in\": 3600}");
        });
        server.createContext("/lineitem", exchange -> {
            scoreRequests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            respond(exchange, 204, null);
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
