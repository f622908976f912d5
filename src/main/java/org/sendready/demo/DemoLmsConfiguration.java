package org.sendready.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.sendready.core.ToolUrls;
import org.sendready.lti.PlatformRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoLmsConfiguration {

    @Bean
    DemoLms demoLms(ToolUrls urls) {
        return DemoLms.of(urls);
    }

    @Bean
    DemoStore demoStore(DemoLms lms) {
        return new DemoStore(lms.placements());
    }

    /** The demo platform's signing key: made at start, as a real LMS would hold its own. */
    @Bean
    DemoSigningKey demoSigningKey() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("demo-lms-" + System.currentTimeMillis())
                .algorithm(JWSAlgorithm.RS256).keyUse(KeyUse.SIGNATURE).generate();
        return new DemoSigningKey(key);
    }

    /** Registers the demo LMS as any administrator would register a platform. */
    @Bean
    ApplicationRunner registerDemoLms(PlatformRegistry registry, DemoLms lms) {
        return args -> registry.register(lms.registration(), "demo");
    }

    record DemoSigningKey(RSAKey key) {
    }
}
