package org.sendready.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendready.lti.AppRole;

class RoleMapperTest {

    private final RoleMapper mapper = new RoleMapper();

    @Test
    void mapsMembershipAndInstitutionRoles() {
        assertThat(mapper.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner")))
                .containsExactly(AppRole.LEARNER);
        assertThat(mapper.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")))
                .containsExactly(AppRole.INSTRUCTOR);
        assertThat(mapper.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")))
                .containsExactly(AppRole.INSTRUCTOR);
        assertThat(mapper.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor")))
                .containsExactlyInAnyOrder(AppRole.ADMINISTRATOR, AppRole.INSTRUCTOR);
        assertThat(mapper.map(List.of("Instructor"))).containsExactly(AppRole.INSTRUCTOR);
    }

    @Test
    void unknownOrNoRolesGiveTheLeastPrivilege() {
        assertThat(mapper.map(List.of())).containsExactly(AppRole.LEARNER);
        assertThat(mapper.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff",
                "urn:made-up#Administrator"))).containsExactly(AppRole.LEARNER);
    }
}
