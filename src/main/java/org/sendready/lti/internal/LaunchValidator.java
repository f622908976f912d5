package org.sendready.lti.internal;

import static org.sendready.lti.internal.LaunchRejected.Reason.*;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import org.sendready.core.ToolUrls;
import org.springframework.stereotype.Component;

/**
 * Every check the 1EdTech Security Framework and LTI 1.3 ask of a launch, in order, each failing with its own reason.
 * Reads only: nothing is stored until every check has passed.
 */
@Component
class LaunchValidator {

    private static final Set<String> MESSAGE_TYPES = Set.of(LtiClaims.RESOURCE_LINK_REQUEST,
            LtiClaims.DEEP_LINKING_REQUEST);
    private static final int MIN_KEY_BITS = 2048;

    private final LoginRequests logins;
    private final PlatformRepository platforms;
    private final PlatformKeySets keySets;
    private final ToolUrls urls;
    private final Clock clock;
    private final LtiProperties properties;

    LaunchValidator(LoginRequests logins, PlatformRepository platforms, PlatformKeySets keySets, ToolUrls urls,
                    Clock clock, LtiProperties properties) {
        this.logins = logins;
        this.platforms = platforms;
        this.keySets = keySets;
        this.urls = urls;
        this.clock = clock;
        this.properties = properties;
    }

    ValidatedLaunch validate(String idToken, String state, HttpServletRequest request) {
        LoginRequests.LoginRequest login = checkState(state, request);
        Platform platform = platforms.find(login.platformId())
                .orElseThrow(() -> new LaunchRejected(STATE_UNKNOWN));
        try {
            JWTClaimsSet claims = verifiedClaims(idToken, platform);
            checkClaims(claims, platform, login);
            return new ValidatedLaunch(platform, login, claims);
        } catch (LaunchRejected rejected) {
            throw rejected.issuer() == null ? rejected.from(platform.issuer(), platform.clientId()) : rejected;
        }
    }

    private LoginRequests.LoginRequest checkState(String state, HttpServletRequest request) {
        if (state == null || state.isBlank() || state.length() > 64) {
            throw new LaunchRejected(STATE_MISSING);
        }
        if (!StateCookie.presentFor(request, state)) {
            throw new LaunchRejected(STATE_COOKIE_MISSING);
        }
        return logins.find(state).orElseThrow(() -> new LaunchRejected(STATE_UNKNOWN));
    }

    private JWTClaimsSet verifiedClaims(String idToken, Platform platform) {
        if (idToken == null || idToken.isBlank()) {
            throw new LaunchRejected(TOKEN_MISSING);
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRejected(TOKEN_MALFORMED);
        }
        if (!(jwt instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            throw new LaunchRejected(ALGORITHM_NOT_ALLOWED);
        }
        JWTClaimsSet unverified = claimsOf(signed);
        if (!platform.issuer().equals(unverified.getIssuer())) {
            throw new LaunchRejected(ISSUER_UNKNOWN);
        }
        RSAKey key = keySets.find(platform, signed.getHeader().getKeyID())
                .orElseThrow(() -> new LaunchRejected(KEY_UNKNOWN));
        if (key.size() < MIN_KEY_BITS || !verify(signed, key)) {
            throw new LaunchRejected(SIGNATURE_INVALID);
        }
        return unverified;
    }

    private static boolean verify(SignedJWT signed, RSAKey key) {
        try {
            return signed.verify(new RSASSAVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    private void checkClaims(JWTClaimsSet claims, Platform platform, LoginRequests.LoginRequest login) {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(platform.clientId())) {
            throw new LaunchRejected(AUDIENCE_MISMATCH);
        }
        String azp = stringClaim(claims, "azp");
        if (audience.size() > 1 && azp == null) {
            throw new LaunchRejected(AUTHORIZED_PARTY_MISSING);
        }
        if (azp != null && !azp.equals(platform.clientId())) {
            throw new LaunchRejected(AUTHORIZED_PARTY_MISMATCH);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(properties.clockSkew()).isAfter(now)) {
            throw new LaunchRejected(TOKEN_EXPIRED);
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(properties.clockSkew()))) {
            throw new LaunchRejected(ISSUED_IN_FUTURE);
        }
        if (iat.toInstant().isBefore(login.createdAt().minus(properties.clockSkew()))) {
            throw new LaunchRejected(ISSUED_BEFORE_LOGIN);
        }
        if (!login.nonce().equals(stringClaim(claims, "nonce"))) {
            throw new LaunchRejected(NONCE_MISMATCH);
        }
        if (login.used()) {
            throw new LaunchRejected(NONCE_REPLAYED);
        }
        String deploymentId = stringClaim(claims, LtiClaims.DEPLOYMENT_ID);
        if (deploymentId == null || !platform.hasDeployment(deploymentId)) {
            throw new LaunchRejected(DEPLOYMENT_UNKNOWN);
        }
        if (!LtiClaims.VERSION_1_3.equals(stringClaim(claims, LtiClaims.VERSION))) {
            throw new LaunchRejected(VERSION_UNSUPPORTED);
        }
        String messageType = stringClaim(claims, LtiClaims.MESSAGE_TYPE);
        if (!MESSAGE_TYPES.contains(messageType)) {
            throw new LaunchRejected(MESSAGE_TYPE_UNSUPPORTED);
        }
        if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?>)) {
            throw new LaunchRejected(ROLES_MISSING);
        }
        String target = stringClaim(claims, LtiClaims.TARGET_LINK_URI);
        if (target == null || target.isBlank()) {
            throw new LaunchRejected(TARGET_LINK_MISSING);
        }
        if (!urls.owns(target)) {
            throw new LaunchRejected(TARGET_LINK_FOREIGN);
        }
        if (LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)
                && stringValue(objectClaim(claims, LtiClaims.RESOURCE_LINK).get("id")) == null) {
            throw new LaunchRejected(RESOURCE_LINK_MISSING);
        }
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(messageType)
                && stringValue(objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS).get("deep_link_return_url")) == null) {
            throw new LaunchRejected(DEEP_LINKING_SETTINGS_MISSING);
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new LaunchRejected(SUBJECT_MISSING);
        }
    }

    private static JWTClaimsSet claimsOf(SignedJWT signed) {
        try {
            return signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRejected(TOKEN_MALFORMED);
        }
    }

    static String stringClaim(JWTClaimsSet claims, String name) {
        return stringValue(claims.getClaim(name));
    }

    static String stringValue(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> objectClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    record ValidatedLaunch(Platform platform, LoginRequests.LoginRequest login, JWTClaimsSet claims) {
    }
}
