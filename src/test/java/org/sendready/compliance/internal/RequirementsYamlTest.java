package org.sendready.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The requirements file format: the shipped file is valid, and every mistake is named. */
class RequirementsYamlTest {

    @Test
    void theShippedRequirementsFileIsValidAndCoversEveryRole() throws Exception {
        RequirementsYaml.Parsed parsed = RequirementsYaml.parse(Files.readString(Path.of("lti-config/requirements.yml")));
        assertThat(parsed.problems()).isEmpty();
        for (StaffRole role : StaffRole.values()) {
            assertThat(parsed.requirements()).anyMatch(r -> r.appliesTo(role));
        }
        assertThat(parsed.requirements()).flatExtracting(Requirement::courseIds)
                .allMatch(id -> id.matches("m[1-8]-[a-z0-9-]+"));
    }

    @Test
    void readsRolesRenewalAndDays() {
        RequirementsYaml.Parsed parsed = RequirementsYaml.parse("""
                requirements:
                  - id: ta-basics
                    title: TA basics
                    roles: [teaching_assistant, Area SENCO]
                    courses: [m2-graduated-approach]
                    renewal: annual
                    due-days: 30
                    grace-days: 7
                """);
        assertThat(parsed.problems()).isEmpty();
        Requirement requirement = parsed.requirements().get(0);
        assertThat(requirement.roles()).containsExactlyInAnyOrder(StaffRole.TEACHING_ASSISTANT, StaffRole.EY_SENCO);
        assertThat(requirement.renewal()).isEqualTo(Requirement.Renewal.ANNUAL);
        assertThat(requirement.dueDays()).isEqualTo(30);
        assertThat(requirement.graceDays()).isEqualTo(7);
    }

    @Test
    void namesEveryProblemAndAcceptsNothingWhenAnyIsFound() {
        RequirementsYaml.Parsed parsed = RequirementsYaml.parse("""
                requirements:
                  - id: Bad Id
                    title: ""
                    roles: [wizard]
                    courses: []
                    renewal: weekly
                    due-days: -1
                    grace-days: 7
                    colour: red
                  - id: fine
                    title: Fine
                    roles: [all]
                    courses: [m1-send-law-essentials]
                    renewal: once
                    due-days: 10
                    grace-days: 0
                """);
        assertThat(parsed.requirements()).isEmpty();
        assertThat(parsed.problems()).anyMatch(p -> p.contains("unknown key \"colour\""))
                .anyMatch(p -> p.contains("id must be"))
                .anyMatch(p -> p.contains("title is needed"))
                .anyMatch(p -> p.contains("unknown role \"wizard\""))
                .anyMatch(p -> p.contains("courses must list"))
                .anyMatch(p -> p.contains("renewal must be"))
                .anyMatch(p -> p.contains("due-days must be"));
    }

    @Test
    void refusesTextThatIsNotARequirementsList() {
        assertThat(RequirementsYaml.parse("just words").problems()).isNotEmpty();
        assertThat(RequirementsYaml.parse("requirements: [").problems()).singleElement()
                .asString().contains("could not be read");
    }
}
