package org.sendready.compliance.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the requirements format of {@code lti-config/requirements.yml}: a list under {@code requirements:}, each with
 * id, title, roles (codes, or {@code all}), courses, renewal ({@code once} or {@code annual}), due-days and grace-days.
 * Every problem is reported, in the file's words, so an administrator can fix them all at once.
 */
final class RequirementsYaml {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Set<String> KEYS = Set.of("id", "title", "roles", "courses", "renewal", "due-days",
            "grace-days");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private RequirementsYaml() {
    }

    /** The requirements, or the problems that stop them being used. */
    record Parsed(List<Requirement> requirements, List<String> problems) {
        Parsed {
            requirements = List.copyOf(requirements);
            problems = List.copyOf(problems);
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    static Parsed parse(String text) {
        List<String> problems = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            return new Parsed(List.of(), List.of("The YAML could not be read (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")."));
        }
        if (root == null || root.isMissingNode() || root.isNull() || !root.isObject()
                || !root.path("requirements").isArray()) {
            return new Parsed(List.of(), List.of("The file must have a list under \"requirements:\"."));
        }
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.path("requirements")) {
            index++;
            String where = "requirement " + index;
            if (!node.isObject()) {
                problems.add(where + ": must be a mapping of id, title, roles, courses, renewal, due-days, grace-days.");
                continue;
            }
            Iterator<String> names = node.propertyNames().iterator();
            while (names.hasNext()) {
                String name = names.next();
                if (!KEYS.contains(name)) {
                    problems.add(where + ": unknown key \"" + name + "\".");
                }
            }
            String id = node.path("id").asString("");
            if (!ID.matcher(id).matches()) {
                problems.add(where + ": id must be lower-case letters, digits and hyphens.");
            } else if (!ids.add(id)) {
                problems.add(where + ": id \"" + id + "\" is used twice.");
            } else {
                where = "requirement \"" + id + "\"";
            }
            String title = node.path("title").asString("").trim();
            if (title.isEmpty() || title.length() > 200) {
                problems.add(where + ": title is needed (up to 200 characters).");
            }
            Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
            if (!node.path("roles").isArray() || node.path("roles").isEmpty()) {
                problems.add(where + ": roles must list at least one role code, or \"all\".");
            } else {
                for (JsonNode role : node.path("roles")) {
                    String code = role.asString("");
                    if ("all".equalsIgnoreCase(code.trim())) {
                        roles.addAll(Arrays.asList(StaffRole.values()));
                    } else {
                        var known = StaffRole.fromCode(code);
                        if (known.isPresent()) {
                            roles.add(known.get());
                        } else {
                            problems.add("%s: unknown role \"%s\" (known: all, %s).".formatted(where, code, codes()));
                        }
                    }
                }
            }
            List<String> courses = new ArrayList<>();
            if (!node.path("courses").isArray() || node.path("courses").isEmpty()) {
                problems.add(where + ": courses must list at least one course id.");
            } else {
                for (JsonNode course : node.path("courses")) {
                    String courseId = course.asString("");
                    if (!ID.matcher(courseId).matches()) {
                        problems.add(where + ": \"" + courseId + "\" is not a course id.");
                    } else if (!courses.contains(courseId)) {
                        courses.add(courseId);
                    }
                }
            }
            Requirement.Renewal renewal = null;
            String renewalText = node.path("renewal").asString("").trim().toUpperCase(Locale.ROOT);
            try {
                renewal = Requirement.Renewal.valueOf(renewalText);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": renewal must be \"once\" or \"annual\".");
            }
            int dueDays = days(node, "due-days", 0, 730, where, problems);
            int graceDays = days(node, "grace-days", 0, 365, where, problems);
            if (problems.isEmpty()) {
                requirements.add(new Requirement(id, title, roles, courses, renewal, dueDays, graceDays));
            }
        }
        return new Parsed(problems.isEmpty() ? requirements : List.of(), problems);
    }

    private static int days(JsonNode node, String key, int min, int max, String where, List<String> problems) {
        JsonNode value = node.path(key);
        if (!value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            problems.add("%s: %s must be a whole number of days from %d to %d.".formatted(where, key, min, max));
            return 0;
        }
        return value.asInt();
    }

    private static String codes() {
        return String.join(", ", Arrays.stream(StaffRole.values()).map(StaffRole::code).toList());
    }
}
