package org.sendready.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tool with the demo LMS, on a real port, as `./mvnw spring-boot:run` starts it (in-memory database). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("demo")
public abstract class DemoIntegrationTest {

    protected static final int PORT = FreePort.find();
    protected static final String BASE = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("sendready.base-url", () -> BASE);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:demo-" + PORT + ";DB_CLOSE_DELAY=-1");
        registry.add("sendready.lti.platforms-dir", () -> "does-not-exist");
    }
}
