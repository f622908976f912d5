package org.sendready.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.sendready.support.Browser;
import org.sendready.support.ToolIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class ToolKeysTest extends ToolIntegrationTest {

    @Autowired
    ToolKeys keys;

    @Test
    void jwksPublishesPublicPartsOnly() throws Exception {
        HttpResponse<String> response = new Browser().get(BASE + "/.well-known/jwks.json", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JWKSet published = JWKSet.parse(response.body());
        assertThat(published.getKeys()).hasSizeGreaterThanOrEqualTo(2);
        for (JWK key : published.getKeys()) {
            assertThat(key.isPrivate()).isFalse();
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
            assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
            assertThat(key.toRSAKey().size()).isEqualTo(2048);
        }
        assertThat(response.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void rotationPublishesTheNextKeyBeforeItSignsAndKeepsTheOldOneInGrace() {
        ToolKeys.State before = keys.state();
        List<String> publishedBefore = kids();
        assertThat(publishedBefore).contains(before.currentKid(), before.nextKid());

        assertThat(keys.rotate()).isTrue();

        ToolKeys.State after = keys.state();
        assertThat(after.currentKid()).isEqualTo(before.nextKid());
        assertThat(keys.signingKey().getKeyID()).isEqualTo(before.nextKid());
        assertThat(kids()).contains(before.currentKid(), after.currentKid(), after.nextKid());
    }

    private List<String> kids() {
        return keys.published().getKeys().stream().map(JWK::getKeyID).toList();
    }
}
