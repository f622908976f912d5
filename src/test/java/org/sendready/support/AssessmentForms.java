package org.sendready.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sendready.course.Course;
import org.sendready.course.Question;

/** Fills in an attempt page as a person would: every answer right, or every answer wrong. */
public final class AssessmentForms {

    private AssessmentForms() {
    }

    public static Map<String, List<String>> answers(Course course, String attemptPage, boolean right) {
        Document page = Jsoup.parse(attemptPage);
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("_csrf", List.of(page.select("input[name=_csrf]").first().attr("value")));
        for (Element fieldset : page.select("fieldset")) {
            String stem = fieldset.select("legend span").get(1).text();
            Question question = course.questions().stream().filter(q -> q.stem().equals(stem)).findFirst()
                    .orElseThrow();
            Set<String> correctTexts = new HashSet<>();
            question.correct().forEach(id -> correctTexts.add(question.option(id).text()));
            List<String> values = new ArrayList<>();
            for (Element option : fieldset.select("div.option")) {
                boolean isCorrect = correctTexts.contains(option.select("label").text());
                if (right ? isCorrect : !isCorrect) {
                    values.add(option.select("input").attr("value"));
                    if (!right && !question.type().allowsSeveral()) {
                        break;
                    }
                }
            }
            form.put(fieldset.select("input").first().attr("name"), values);
        }
        return form;
    }

    /** Posts the answers; follows the redirect to the result page. */
    public static HttpResponse<String> submit(Browser browser, String attemptUrl, Map<String, List<String>> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, values) -> values.forEach(v -> body.append(body.isEmpty() ? "" : "&")
                .append(Browser.encode(Map.of(name, v)))));
        HttpResponse<String> posted = browser.postRaw(attemptUrl, body.toString());
        return posted.statusCode() == 302 ? browser.follow(posted) : posted;
    }

    /** The session's CSRF token, as every page publishes it. */
    public static String csrf(String page) {
        return Jsoup.parse(page).select("meta[name=csrf-token]").attr("content");
    }
}
