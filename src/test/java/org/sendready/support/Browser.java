package org.sendready.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that behaves like a browser without JavaScript: redirects are followed by hand so tests
 * can see each hop, and auto-submitting forms are submitted as a person would press their button.
 */
public final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpResponse<String> get(String url) {
        if (url.startsWith("/")) {
            throw new IllegalArgumentException("absolute URL needed: " + url);
        }
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    /** Follows one redirect response (its Location may be relative). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(resolve(redirect.uri(), redirect.headers().firstValue("Location").orElseThrow()));
    }

    /** Posts an already-encoded form body (repeated names for checkboxes). */
    public HttpResponse<String> postRaw(String url, String encodedForm) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)).build());
    }

    /** Follows redirects (and auto-submitting forms) from a GET until a page that is neither. */
    public HttpResponse<String> navigate(String url) {
        HttpResponse<String> response = get(url);
        for (int hop = 0; hop < 10; hop++) {
            if (response.statusCode() / 100 == 3) {
                response = get(resolve(response.uri(), response.headers().firstValue("Location").orElseThrow()));
            } else if (response.statusCode() == 200 && response.body().contains("data-autosubmit")) {
                Form form = Form.first(response.body());
                response = post(resolve(response.uri(), form.action()), form.fields());
            } else {
                return response;
            }
        }
        throw new IllegalStateException("too many hops from " + url);
    }

    public CookieManager cookies() {
        return cookies;
    }

    public void clearCookies() {
        cookies.getCookieStore().removeAll();
    }

    public static String resolve(URI base, String location) {
        return base.resolve(location).toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The first form of a page: its action and its named fields' values. */
    public record Form(String action, Map<String, String> fields) {

        private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
                Pattern.DOTALL);
        private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

        public static Form first(String html) {
            Matcher form = FORM.matcher(html);
            if (!form.find()) {
                throw new IllegalStateException("no form on the page");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                fields.put(input.group(1), unescape(input.group(2)));
            }
            return new Form(unescape(form.group(1)), fields);
        }

        private static String unescape(String value) {
            return value.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">");
        }
    }
}
