package org.sendready.lti.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendready.core.ToolUrls;
import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The launch: the platform posts the id_token here (form_post); an accepted launch starts a session and redirects. */
@Controller
class LaunchController {

    private static final Logger log = LoggerFactory.getLogger(LaunchController.class);

    private final LaunchValidator validator;
    private final LoginRequests logins;
    private final LaunchRecorder recorder;
    private final LaunchSignIn signIn;
    private final JdbcPlatformRegistry registry;
    private final ToolUrls urls;

    LaunchController(LaunchValidator validator, LoginRequests logins, LaunchRecorder recorder, LaunchSignIn signIn,
                     JdbcPlatformRegistry registry, ToolUrls urls) {
        this.validator = validator;
        this.logins = logins;
        this.recorder = recorder;
        this.signIn = signIn;
        this.registry = registry;
        this.urls = urls;
    }

    /** Moodle requests the launch URL when an administrator saves the tool; a short page beats an error. */
    @GetMapping("/lti/launch")
    String probe() {
        return "lti/launch-probe";
    }

    @PostMapping("/lti/launch")
    ResponseEntity<Void> launch(@RequestParam(name = "id_token", required = false) String idToken,
                                @RequestParam(name = "state", required = false) String state,
                                @RequestParam(name = "error", required = false) String error,
                                HttpServletRequest request, HttpServletResponse response) {
        if (error != null) {
            throw new LaunchRejected(LaunchRejected.Reason.PLATFORM_ERROR);
        }
        LaunchValidator.ValidatedLaunch validated = validator.validate(idToken, state, request);
        if (!logins.consume(validated.login())) {
            throw new LaunchRejected(LaunchRejected.Reason.NONCE_REPLAYED, validated.platform().issuer(),
                    validated.platform().clientId());
        }
        LaunchContext launch = recorder.record(validated);
        learnFrameOrigins(validated);
        signIn.signIn(launch, request, response);
        StateCookie.clear(request, response, validated.login().state());
        log.info("launch accepted tenant={} user={} message_type={} roles={}", launch.tenant().id(), launch.userId(),
                launch.messageType(), launch.roles());
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, destination(launch, validated.claims()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private void learnFrameOrigins(LaunchValidator.ValidatedLaunch validated) {
        JWTClaimsSet claims = validated.claims();
        long platformId = validated.platform().id();
        registry.learnOrigin(platformId, LaunchValidator.stringValue(
                LaunchValidator.objectClaim(claims, LtiClaims.LAUNCH_PRESENTATION).get("return_url")));
        registry.learnOrigin(platformId, LaunchValidator.stringValue(
                LaunchValidator.objectClaim(claims, LtiClaims.TOOL_PLATFORM).get("url")));
    }

    /**
     * Custom parameter {@code course_id} opens that course; otherwise a target link inside the tool opens that page;
     * otherwise learners land on the welcome page and staff on the catalogue.
     */
    private String destination(LaunchContext launch, JWTClaimsSet claims) {
        java.util.Optional<String> course = LaunchTarget.courseId(launch.custom(),
                LaunchValidator.stringClaim(claims, LtiClaims.TARGET_LINK_URI), urls);
        if (course.isPresent() && LtiClaims.RESOURCE_LINK_REQUEST.equals(launch.messageType())) {
            return urls.url("/courses/" + course.get());
        }
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(launch.messageType())) {
            return urls.url("/deep-linking");
        }
        return urls.url(launch.isStaffView() ? "/catalogue" : "/welcome");
    }
}
