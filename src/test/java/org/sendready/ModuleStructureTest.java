package org.sendready;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules depend one way and only on each other's public surface; internals stay internal. */
class ModuleStructureTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(SendReadyApplication.class).verify();
    }
}
