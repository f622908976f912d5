package org.sendready.lti.internal;

import org.springframework.http.HttpStatus;

/** A login or launch SENDReady refuses, with the reason in the domain's words. Mapped once, by {@link RefusalPages}. */
final class LaunchRejected extends RuntimeException {

    private final Reason reason;
    private final String issuer;
    private final String clientId;

    LaunchRejected(Reason reason) {
        this(reason, null, null);
    }

    LaunchRejected(Reason reason, String issuer, String clientId) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.issuer = issuer;
        this.clientId = clientId;
    }

    LaunchRejected from(String issuer, String clientId) {
        return new LaunchRejected(reason, issuer, clientId);
    }

    Reason reason() {
        return reason;
    }

    String issuer() {
        return issuer;
    }

    String clientId() {
        return clientId;
    }

    enum Reason {
        LOGIN_PARAMETER_MISSING(HttpStatus.BAD_REQUEST,
                "The LMS did not send everything needed to start a launch (iss, login_hint and target_link_uri)."),
        PLATFORM_UNKNOWN(HttpStatus.BAD_REQUEST,
                "This LMS is not registered with SENDReady. An administrator must register its issuer and client id."),
        CLIENT_ID_REQUIRED(HttpStatus.BAD_REQUEST,
                "Several registrations share this issuer, and the LMS did not say which client id it launched."),
        TARGET_LINK_FOREIGN(HttpStatus.BAD_REQUEST, "The launch asked for a page that is not part of SENDReady."),
        TARGET_LINK_MISSING(HttpStatus.BAD_REQUEST, "The launch did not say which SENDReady page to open."),
        PLATFORM_ERROR(HttpStatus.BAD_REQUEST,
                "The LMS ended the sign-in with an error. Try again from the LMS; if you are not signed in there, sign in first."),
        STATE_MISSING(HttpStatus.BAD_REQUEST, "The launch arrived without the state of its sign-in."),
        STATE_COOKIE_MISSING(HttpStatus.BAD_REQUEST,
                "Your browser did not return the sign-in cookie SENDReady set a moment ago. This happens when the browser "
                        + "blocks cookies inside the LMS page: open the activity in a new window, or allow cookies for this site."),
        STATE_UNKNOWN(HttpStatus.BAD_REQUEST,
                "This launch's sign-in is unknown or more than ten minutes old. Start the activity again from the LMS."),
        TOKEN_MISSING(HttpStatus.BAD_REQUEST, "The launch arrived without an id_token."),
        TOKEN_MALFORMED(HttpStatus.BAD_REQUEST, "The launch's id_token is not a well-formed signed JWT."),
        ALGORITHM_NOT_ALLOWED(HttpStatus.UNAUTHORIZED, "The launch was not signed with RS256, the only algorithm accepted."),
        ISSUER_UNKNOWN(HttpStatus.UNAUTHORIZED, "The launch's issuer is not the platform that started this sign-in."),
        KEY_UNKNOWN(HttpStatus.UNAUTHORIZED, "The launch was signed with a key the platform does not publish."),
        KEY_SET_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE,
                "SENDReady could not fetch the LMS's public keys to check this launch. Try again in a minute."),
        SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED, "The launch's signature does not verify."),
        AUDIENCE_MISMATCH(HttpStatus.UNAUTHORIZED, "The launch was addressed to another tool (aud)."),
        AUTHORIZED_PARTY_MISSING(HttpStatus.UNAUTHORIZED,
                "The launch names several audiences but no authorized party (azp)."),
        AUTHORIZED_PARTY_MISMATCH(HttpStatus.UNAUTHORIZED, "The launch's authorized party (azp) is another tool."),
        TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED, "The launch has expired. Start the activity again from the LMS."),
        ISSUED_IN_FUTURE(HttpStatus.UNAUTHORIZED,
                "The launch claims to have been issued in the future; the LMS's clock may be wrong."),
        ISSUED_BEFORE_LOGIN(HttpStatus.UNAUTHORIZED, "The launch was issued before its sign-in began."),
        NONCE_MISMATCH(HttpStatus.UNAUTHORIZED, "The launch's nonce is not the one issued for this sign-in."),
        NONCE_REPLAYED(HttpStatus.UNAUTHORIZED,
                "This launch has already been used. Start the activity again from the LMS."),
        DEPLOYMENT_UNKNOWN(HttpStatus.FORBIDDEN,
                "This LMS deployment is not registered with SENDReady. An administrator must add its deployment id "
                        + "to the platform's registration (course copies and new institutions create new deployments)."),
        VERSION_UNSUPPORTED(HttpStatus.BAD_REQUEST, "The launch is not LTI version 1.3.0."),
        MESSAGE_TYPE_UNSUPPORTED(HttpStatus.BAD_REQUEST,
                "SENDReady accepts resource link and deep linking launches only."),
        ROLES_MISSING(HttpStatus.BAD_REQUEST, "The launch did not include the roles claim."),
        RESOURCE_LINK_MISSING(HttpStatus.BAD_REQUEST, "The launch did not identify its resource link."),
        SUBJECT_MISSING(HttpStatus.BAD_REQUEST, "The launch did not identify the person (sub); anonymous launches are not supported."),
        DEEP_LINKING_SETTINGS_MISSING(HttpStatus.BAD_REQUEST,
                "The deep linking request did not say where to return the selection.");

        private final HttpStatus status;
        private final String explanation;

        Reason(HttpStatus status, String explanation) {
            this.status = status;
            this.explanation = explanation;
        }

        HttpStatus status() {
            return status;
        }

        String explanation() {
            return explanation;
        }
    }
}
