package org.sendready.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.sendready.core.ToolUrls;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/** The demo LMS's pages and its OIDC authorization endpoint. */
@Controller
@Profile("demo")
class DemoLmsController {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private final DemoLms lms;
    private final DemoStore store;
    private final DemoLmsConfiguration.DemoSigningKey signingKey;
    private final ToolUrls urls;
    private final Clock clock;

    DemoLmsController(DemoLms lms, DemoStore store, DemoLmsConfiguration.DemoSigningKey signingKey, ToolUrls urls,
                      Clock clock) {
        this.lms = lms;
        this.store = store;
        this.signingKey = signingKey;
        this.urls = urls;
        this.clock = clock;
    }

    @GetMapping("/demo-lms")
    String home(@RequestParam(name = "person", required = false) String personId,
                @RequestParam(name = "placement", required = false) String placementId, Model model) {
        model.addAttribute("lms", lms);
        model.addAttribute("placements", store.placements());
        model.addAttribute("selectedPerson", lms.person(personId).orElse(lms.people().get(0)).id());
        model.addAttribute("selectedPlacement", store.placement(placementId).orElse(store.placements().get(2)).id());
        model.addAttribute("frameSrc", lms.person(personId).isPresent() && store.placement(placementId).isPresent()
                ? "/demo-lms/start?person=" + personId + "&placement=" + placementId : null);
        return "demo/home";
    }

    /** Third-party initiated login, as Moodle starts it: the LMS sends the browser to the tool's login URL. */
    @GetMapping("/demo-lms/start")
    ResponseEntity<Void> start(@RequestParam("person") String personId, @RequestParam("placement") String placementId) {
        DemoLms.Person person = lms.person(personId).orElseThrow(UnknownDemoItem::new);
        DemoLms.Placement placement = store.placement(placementId).orElseThrow(UnknownDemoItem::new);
        String location = UriComponentsBuilder.fromUriString(urls.url("/lti/login"))
                .queryParam("iss", lms.issuer())
                .queryParam("login_hint", person.id())
                .queryParam("target_link_uri", targetLink(placement))
                .queryParam("lti_message_hint", placement.id())
                .queryParam("client_id", lms.clientId())
                .queryParam("lti_deployment_id", lms.deploymentId())
                .encode().build().toUriString();
        return ResponseEntity.status(HttpStatus.FOUND).header("Location", location).build();
    }

    /** The OIDC authorization endpoint: checks the tool's request and answers with a signed id_token (form_post). */
    @GetMapping("/demo-lms/auth")
    String authorize(@RequestParam Map<String, String> params, Model model) {
        String redirectUri = urls.url("/lti/launch");
        model.addAttribute("action", redirectUri);
        model.addAttribute("state", params.get("state"));
        if (!redirectUri.equals(params.get("redirect_uri")) || !lms.clientId().equals(params.get("client_id"))
                || !"id_token".equals(params.get("response_type")) || !"form_post".equals(params.get("response_mode"))
                || !"openid".equals(params.get("scope")) || params.get("nonce") == null) {
            model.addAttribute("error", "invalid_request");
            return "demo/form-post";
        }
        var person = lms.person(params.get("login_hint"));
        var placement = store.placement(params.get("lti_message_hint"));
        if (person.isEmpty() || placement.isEmpty()) {
            model.addAttribute("error", "login_required");
            return "demo/form-post";
        }
        model.addAttribute("idToken", idToken(person.get(), placement.get(), params.get("nonce")));
        return "demo/form-post";
    }

    @GetMapping(path = "/demo-lms/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> jwks() {
        return new JWKSet(signingKey.key().toPublicJWK()).toJSONObject(true);
    }

    private String idToken(DemoLms.Person person, DemoLms.Placement placement, String nonce) {
        Instant now = clock.instant();
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.putAll(person.custom());
        if (placement.courseId() != null) {
            custom.put("course_id", placement.courseId());
        }
        boolean deepLinking = DemoLms.DEEP_LINK.equals(placement.id());
        String contextBase = lms.base() + "/contexts/" + DemoLms.CONTEXT;
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(lms.issuer())
                .audience(lms.clientId())
                .subject(person.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", nonce)
                .claim("name", person.name())
                .claim("given_name", person.givenName())
                .claim("family_name", person.familyName())
                .claim("email", person.email())
                .claim(LTI + "message_type", deepLinking ? "LtiDeepLinkingRequest" : "LtiResourceLinkRequest")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", lms.deploymentId())
                .claim(LTI + "target_link_uri", targetLink(placement))
                .claim(LTI + "roles", person.roles())
                .claim(LTI + "context", Map.of("id", "demo-course-inset", "label", "INSET",
                        "title", "Whole-school SEND INSET (demo)",
                        "type", java.util.List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LTI + "custom", custom)
                .claim(LTI + "tool_platform", Map.of("guid", "sendready-demo-lms", "name", "SENDReady demo LMS",
                        "product_family_code", "sendready-demo", "url", lms.base()))
                .claim(LTI + "launch_presentation", Map.of("document_target", "iframe", "return_url", lms.base()))
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of("scope", java.util.List.of(
                        "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score"), "lineitems", contextBase + "/lineitems"))
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", contextBase + "/memberships", "service_versions",
                        java.util.List.of("2.0")));
        if (deepLinking) {
            builder.claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                    "deep_link_return_url", lms.base() + "/deep-link-return?person=" + person.id(),
                    "accept_types", java.util.List.of("ltiResourceLink"),
                    "accept_presentation_document_targets", java.util.List.of("iframe"),
                    "accept_multiple", true,
                    "data", "demo-" + UUID.randomUUID()));
        } else {
            builder.claim(LTI + "resource_link", Map.of("id", placement.id(), "title", placement.title()));
        }
        JWTClaimsSet claims = builder.build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(signingKey.key().getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey.key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("demo LMS cannot sign", e);
        }
    }

    private String targetLink(DemoLms.Placement placement) {
        if (DemoLms.DEEP_LINK.equals(placement.id())) {
            return urls.url("/deep-linking");
        }
        return placement.courseId() == null ? urls.url("/lti/launch") : urls.url("/courses/" + placement.courseId());
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.BAD_REQUEST)
    static final class UnknownDemoItem extends RuntimeException {
        UnknownDemoItem() {
            super("unknown demo person or placement", null, false, false);
        }
    }
}
