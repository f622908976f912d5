package org.sendready.demo;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.sendready.core.ToolUrls;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo LMS's services, as a real platform offers them: an OAuth token endpoint that checks the tool's signed
 * client assertion against the tool's published keys, AGS line items and scores, an NRPS roster in pages, a
 * gradebook page, and the deep-linking return endpoint.
 */
@Controller
@Profile("demo")
class DemoServicesController {

    private static final int PAGE_SIZE = 2;

    private final DemoLms lms;
    private final DemoStore store;
    private final ToolUrls urls;
    private final RestClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoServicesController(DemoLms lms, DemoStore store, ToolUrls urls, RestClient platformHttpClient, Clock clock) {
        this.lms = lms;
        this.store = store;
        this.urls = urls;
        this.http = platformHttpClient;
        this.clock = clock;
    }

    @PostMapping(path = "/demo-lms/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(@RequestParam Map<String, String> form) {
        try {
            JWTClaimsSet assertion = verifiedToolJwt(form.get("client_assertion"));
            boolean ok = "client_credentials".equals(form.get("grant_type"))
                    && lms.clientId().equals(assertion.getIssuer()) && lms.clientId().equals(assertion.getSubject())
                    && assertion.getAudience().contains(lms.base() + "/token")
                    && assertion.getExpirationTime().toInstant().isAfter(clock.instant());
            if (!ok) {
                return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_client"));
            }
        } catch (RuntimeException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_client"));
        }
        String token = UUID.randomUUID().toString();
        store.issue(token, clock.instant().plusSeconds(3600));
        return ResponseEntity.ok(Map.of("access_token", token, "token_type", "Bearer", "expires_in", 3600,
                "scope", form.getOrDefault("scope", "")));
    }

    @GetMapping(path = "/demo-lms/contexts/{context}/lineitems", produces = "application/vnd.ims.lis.v2.lineitemcontainer+json")
    @ResponseBody
    ResponseEntity<List<Map<String, Object>>> lineItems(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                        @RequestParam(name = "resource_link_id", required = false) String link,
                                                        @RequestParam(name = "resource_id", required = false) String resource) {
        if (!authorised(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.ok(store.lineItems().stream()
                .filter(l -> link == null || link.equals(l.resourceLinkId()))
                .filter(l -> resource == null || resource.equals(l.resourceId()))
                .map(DemoServicesController::lineItemJson).toList());
    }

    @PostMapping(path = "/demo-lms/contexts/{context}/lineitems", produces = "application/vnd.ims.lis.v2.lineitem+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> createLineItem(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                       @RequestBody String body) {
        if (!authorised(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        JsonNode item = json.readTree(body);
        DemoStore.LineItem created = store.addLineItem(lms.base() + "/contexts/" + DemoLms.CONTEXT,
                item.path("label").asString("SENDReady"), item.path("resourceId").asString(null),
                item.path("resourceLinkId").asString(null), item.path("scoreMaximum").asInt(100));
        return ResponseEntity.status(HttpStatus.CREATED).body(lineItemJson(created));
    }

    @PostMapping("/demo-lms/contexts/{context}/lineitems/{number}/scores")
    ResponseEntity<Void> score(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                               @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                               @PathVariable String context, @PathVariable String number, @RequestBody String body) {
        if (!authorised(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        String lineItemId = lms.base() + "/contexts/" + context + "/lineitems/" + number;
        if (store.lineItem(lineItemId).isEmpty() || contentType == null
                || !contentType.startsWith("application/vnd.ims.lis.v1.score+json")) {
            return ResponseEntity.badRequest().build();
        }
        JsonNode score = json.readTree(body);
        store.record(lineItemId, new DemoStore.Score(score.path("userId").asString(),
                score.has("scoreGiven") ? score.get("scoreGiven").asDouble() : null,
                score.has("scoreMaximum") ? score.get("scoreMaximum").asDouble() : null,
                score.path("activityProgress").asString(), score.path("gradingProgress").asString(),
                score.path("comment").asString(null), Instant.parse(score.path("timestamp").asString())));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/demo-lms/contexts/{context}/memberships", produces = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> memberships(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                                    @RequestParam(name = "page", defaultValue = "0") int page) {
        if (!authorised(auth)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        List<DemoLms.Person> people = lms.people();
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = page * PAGE_SIZE; i < Math.min(people.size(), (page + 1) * PAGE_SIZE); i++) {
            DemoLms.Person p = people.get(i);
            members.add(Map.of("user_id", p.id(), "name", p.name(), "email", p.email(), "roles", p.roles(),
                    "status", "Active"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", lms.base() + "/contexts/" + DemoLms.CONTEXT + "/memberships");
        body.put("context", Map.of("id", DemoLms.CONTEXT, "title", "Whole-school SEND INSET (demo)"));
        body.put("members", members);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if ((page + 1) * PAGE_SIZE < people.size()) {
            response.header("Link", "<" + lms.base() + "/contexts/" + DemoLms.CONTEXT + "/memberships?page="
                    + (page + 1) + ">; rel=\"next\"");
        }
        return response.body(body);
    }

    @GetMapping("/demo-lms/gradebook")
    String gradebook(Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DemoLms.Person person : lms.people()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person", person);
            List<String> cells = new ArrayList<>();
            for (DemoStore.LineItem item : store.lineItems()) {
                cells.add(store.score(item.id(), person.id()).map(DemoServicesController::cell).orElse("–"));
            }
            row.put("cells", cells);
            rows.add(row);
        }
        model.addAttribute("lineItems", store.lineItems());
        model.addAttribute("rows", rows);
        return "demo/gradebook";
    }

    /** Deep-linking return: checks the tool's signed response and adds each item as a placement with a line item. */
    @PostMapping("/demo-lms/deep-link-return")
    String deepLinkReturn(@RequestParam(name = "JWT") String jwt, @RequestParam(name = "person") String person) {
        JWTClaimsSet response = verifiedToolJwt(jwt);
        if (!lms.clientId().equals(response.getIssuer()) || !response.getAudience().contains(lms.issuer())
                || !"LtiDeepLinkingResponse".equals(response.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))) {
            throw new IllegalArgumentException("not a deep-linking response for this platform");
        }
        String first = null;
        Object items = response.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        for (Object raw : items instanceof List<?> list ? list : List.of()) {
            if (raw instanceof Map<?, ?> item && "ltiResourceLink".equals(item.get("type"))) {
                Map<?, ?> custom = item.get("custom") instanceof Map<?, ?> c ? c : Map.of();
                Instant due = item.get("submission") instanceof Map<?, ?> s && s.get("endDateTime") != null
                        ? Instant.parse(String.valueOf(s.get("endDateTime"))) : null;
                DemoLms.Placement placement = store.addPlacement(String.valueOf(item.get("title")),
                        custom.get("course_id") == null ? null : String.valueOf(custom.get("course_id")), due);
                if (item.get("lineItem") instanceof Map<?, ?> lineItem) {
                    store.addLineItem(lms.base() + "/contexts/" + DemoLms.CONTEXT, String.valueOf(lineItem.get("label")),
                            String.valueOf(lineItem.get("resourceId")), placement.id(), 100);
                }
                first = first == null ? placement.id() : first;
            }
        }
        return "redirect:/demo-lms?person=" + lms.person(person).map(DemoLms.Person::id).orElse("")
                + (first == null ? "" : "&placement=" + first);
    }

    private JWTClaimsSet verifiedToolJwt(String serialized) {
        try {
            SignedJWT jwt = SignedJWT.parse(serialized);
            JWKSet keys = JWKSet.parse(http.get().uri(urls.url("/.well-known/jwks.json")).retrieve().body(String.class));
            JWK key = keys.getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null || !jwt.verify(new RSASSAVerifier(key.toRSAKey()))) {
                throw new IllegalArgumentException("signature does not verify with the tool's published keys");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new IllegalArgumentException("unreadable tool JWT");
        }
    }

    private boolean authorised(String header) {
        return header != null && header.startsWith("Bearer ") && store.valid(header.substring(7), clock.instant());
    }

    private static Map<String, Object> lineItemJson(DemoStore.LineItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("label", item.label());
        json.put("scoreMaximum", item.scoreMaximum());
        if (item.resourceId() != null) {
            json.put("resourceId", item.resourceId());
        }
        if (item.resourceLinkId() != null) {
            json.put("resourceLinkId", item.resourceLinkId());
        }
        json.put("tag", "sendready");
        return json;
    }

    private static String cell(DemoStore.Score score) {
        if (score.scoreGiven() == null) {
            return score.activityProgress();
        }
        return Math.round(score.scoreGiven()) + " / " + Math.round(score.scoreMaximum()) + " (" + score.activityProgress() + ")";
    }
}
