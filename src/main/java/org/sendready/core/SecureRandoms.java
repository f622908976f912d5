package org.sendready.core;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.stereotype.Component;

/** Unguessable tokens (state, nonce, verification codes). */
@Component
public class SecureRandoms {

    private final SecureRandom random = new SecureRandom();

    /** A URL-safe token carrying {@code bytes} bytes of randomness. */
    public String token(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    public SecureRandom random() {
        return random;
    }
}
