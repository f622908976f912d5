package org.sendready.lti.nrps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendready.lti.internal.ServiceCalls;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an LMS course's members through NRPS, following {@code Link: <…>; rel="next"} across pages. */
@Service
public class Memberships {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final int MAX_PAGES = 200;

    private final ServiceCalls calls;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Memberships(ServiceCalls calls, JdbcClient jdbc) {
        this.calls = calls;
        this.jdbc = jdbc;
    }

    /** The members of the launch's context, or empty when the platform did not offer NRPS on that launch. */
    public Optional<List<Member>> forLaunch(String launchId) {
        var row = jdbc.sql("""
                SELECT t.platform_id, l.nrps_json FROM lti_launch l JOIN tenant t ON t.id = l.tenant_id WHERE l.id = ?""")
                .param(launchId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        if (row.isEmpty() || row.get()[1] == null) {
            return Optional.empty();
        }
        String url = json.readTree((String) row.get()[1]).path("context_memberships_url").asString("");
        if (url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fetch((Long) row.get()[0], url));
    }

    List<Member> fetch(long platformId, String firstPage) {
        List<Member> members = new ArrayList<>();
        String url = firstPage;
        for (int page = 0; url != null && page < MAX_PAGES; page++) {
            ServiceCalls.Response response = calls.call(platformId, Set.of(SCOPE), HttpMethod.GET, url, MEDIA_TYPE,
                    null, null);
            for (JsonNode member : json.readTree(response.body()).path("members")) {
                List<String> roles = new ArrayList<>();
                member.path("roles").forEach(r -> roles.add(r.asString()));
                members.add(new Member(member.path("user_id").asString(""), text(member, "name"),
                        text(member, "email"), roles, member.path("status").asString("Active")));
            }
            url = next(response.headers().get("Link"));
        }
        return members;
    }

    static String next(List<String> linkHeaders) {
        if (linkHeaders == null) {
            return null;
        }
        for (String header : linkHeaders) {
            Matcher m = NEXT.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }
}
