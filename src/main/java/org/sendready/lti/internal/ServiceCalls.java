package org.sendready.lti.internal;

import java.time.Clock;
import java.util.Set;

import org.sendready.lti.ags.PlatformCallFailed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One authorised call to a platform service: bearer token from {@link ServiceTokens}, one retry with a new token on
 * 401, failures classified as permanent or retryable. Never logs tokens or bodies.
 */
@Component
public class ServiceCalls {

    private static final int MAX_BODY = 1_048_576;

    private final ServiceTokens tokens;
    private final RestClient http;
    private final Clock clock;

    ServiceCalls(ServiceTokens tokens, RestClient platformHttpClient, Clock clock) {
        this.tokens = tokens;
        this.http = platformHttpClient;
        this.clock = clock;
    }

    public Response call(long platformId, Set<String> scopes, HttpMethod method, String url, String accept,
                         String contentType, String body) {
        String token = tokens.token(platformId, scopes);
        Response response = send(token, method, url, accept, contentType, body);
        if (response.status() == 401) {
            tokens.invalidate(platformId, scopes, token);
            response = send(tokens.token(platformId, scopes), method, url, accept, contentType, body);
        }
        if (response.status() < 200 || response.status() > 299) {
            throw PlatformResponses.failure(response.status(), response.headers(), response.body(), clock);
        }
        return response;
    }

    private Response send(String token, HttpMethod method, String url, String accept, String contentType,
                          String body) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(java.net.URI.create(url))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .header(HttpHeaders.ACCEPT, accept);
            if (body != null) {
                request.header(HttpHeaders.CONTENT_TYPE, contentType).body(body);
            }
            return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                    new String(res.getBody().readNBytes(MAX_BODY), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (ResourceAccessException e) {
            throw new PlatformCallFailed(0, false, null, "platform unreachable or too slow: "
                    + e.getMostSpecificCause().getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            throw new PlatformCallFailed(0, true, null, "invalid service URL");
        }
    }

    public record Response(int status, HttpHeaders headers, String body) {
    }
}
