package org.sendready.lti.internal;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.stereotype.Component;

/** The tool's current signing key, for the module's own JWTs (deep-linking responses, client assertions). */
@Component
public class ToolSigning {

    private final ToolKeys keys;

    ToolSigning(ToolKeys keys) {
        this.keys = keys;
    }

    public RSAKey key() {
        return keys.signingKey();
    }
}
