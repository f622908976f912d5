package org.sendready.lti.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.support.TestPlatform;
import org.springframework.web.client.RestClient;

class PlatformKeySetsTest {

    private final TestPlatform platform = new TestPlatform("https://lms.example", "client", "dep");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private PlatformKeySets keySets;
    private Platform registered;

    @BeforeEach
    void setUp() {
        LtiProperties properties = new LtiProperties(Path.of("x"), Duration.ofMinutes(10), Duration.ofSeconds(60),
                Duration.ofMinutes(1), 1_048_576, Duration.ofDays(90), Duration.ofDays(2));
        keySets = new PlatformKeySets(RestClient.builder()
                .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory()).build(), clock,
                properties);
        registered = new Platform(1, "LMS", platform.issuer(), platform.clientId(), platform.url() + "/auth",
                platform.url() + "/token", platform.url() + "/jwks", Set.of("dep"));
    }

    @AfterEach
    void tearDown() {
        platform.server().stop();
    }

    @Test
    void aKnownKidNeverFetchesAgain() {
        assertThat(keySets.find(registered, "platform-key-1")).isPresent();
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofMinutes(5));
            assertThat(keySets.find(registered, "platform-key-1")).isPresent();
        }
        assertThat(fetches()).isEqualTo(1);
    }

    @Test
    void anUnknownKidRefetchesAtMostOncePerInterval() {
        keySets.find(registered, "platform-key-1");
        for (int i = 0; i < 20; i++) {
            assertThat(keySets.find(registered, "forged-" + i)).isEmpty();
        }
        assertThat(fetches()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(61));
        assertThat(keySets.find(registered, "forged-x")).isEmpty();
        assertThat(keySets.find(registered, "forged-y")).isEmpty();
        assertThat(fetches()).isEqualTo(2);
    }

    @Test
    void aRotatedPlatformKeyIsPickedUpOnFirstUse() {
        keySets.find(registered, "platform-key-1");
        clock.advance(Duration.ofMinutes(2));
        RSAKey next = TestPlatform.newKey("platform-key-2");
        platform.publish(platform.key(), next);
        assertThat(keySets.find(registered, "platform-key-2")).isPresent();
        assertThat(fetches()).isEqualTo(2);
    }

    @Test
    void anUnreachableKeySetIsReportedAndNotHammered() {
        platform.server().stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> keySets.find(registered, "platform-key-1"))
                .isInstanceOfSatisfying(LaunchRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(LaunchRejected.Reason.KEY_SET_UNAVAILABLE));
        assertThatThrownBy(() -> keySets.find(registered, "platform-key-1")).isInstanceOf(LaunchRejected.class);
        assertThat(fetches()).as("no second fetch within the back-off").isEqualTo(1);
        clock.advance(PlatformKeySets.FAILURE_BACKOFF.plusSeconds(1));
        platform.publish(platform.key());
        assertThat(keySets.find(registered, "platform-key-1")).as("recovers once the platform is back").isPresent();
    }

    @Test
    void anOversizedKeySetIsRefused() {
        platform.server().stubFor(get(urlEqualTo("/jwks")).willReturn(aResponse().withStatus(200)
                .withBody("{\"keys\": [" + " ".repeat(1_100_000) + "]}")));
        assertThatThrownBy(() -> keySets.find(registered, "platform-key-1")).isInstanceOf(LaunchRejected.class);
    }

    private int fetches() {
        return platform.server().countRequestsMatching(getRequestedFor(urlEqualTo("/jwks")).build()).getCount();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
