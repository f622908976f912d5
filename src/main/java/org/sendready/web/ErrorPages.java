package org.sendready.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place failures become responses: an HTML page for people, RFC 9457 problem+json for API clients; always a
 * reason code, logged once, and never a stack trace or an exception message in the response.
 */
@Controller
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorPages implements ErrorController {

    /** Request attribute a module may set to name the reason code of the error it is about to send. */
    public static final String REASON_ATTRIBUTE = ErrorPages.class.getName() + ".reason";

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json = JsonMapper.builder().build();

    @ExceptionHandler(Exception.class)
    ModelAndView exception(Exception exception, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception; // Spring Security's filters answer these (entry point, access denied handler)
        }
        HttpStatusCode status = statusOf(exception);
        String reason = status.is5xxServerError() ? "INTERNAL_ERROR" : "HTTP_" + status.value();
        if (status.is5xxServerError()) {
            log.error("request failed reason={} path={} exception={}", reason, request.getRequestURI(),
                    exception.getClass().getName());
        } else {
            log.info("request refused reason={} path={} status={}", reason, request.getRequestURI(), status.value());
        }
        return respond(request, response, status.value(), reason);
    }

    /** Malformed input is the client's mistake (4xx), whatever layer noticed it; anything else is ours (500). */
    private static HttpStatusCode statusOf(Exception exception) {
        if (exception instanceof ErrorResponse error) {
            return error.getStatusCode();
        }
        if (exception instanceof org.springframework.beans.TypeMismatchException
                || exception instanceof org.springframework.web.bind.ServletRequestBindingException
                || exception instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || exception instanceof IllegalArgumentException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** The servlet container's error dispatch (errors raised outside controllers). */
    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        Object reason = request.getAttribute(REASON_ATTRIBUTE);
        return respond(request, response, status, reason != null ? reason.toString()
                : status >= 500 ? "INTERNAL_ERROR" : "HTTP_" + status);
    }

    void notSignedIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        log.info("request refused reason=NOT_SIGNED_IN path={}", request.getRequestURI());
        render(request, response, 401, "NOT_SIGNED_IN");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        log.info("request refused reason=FORBIDDEN path={}", request.getRequestURI());
        render(request, response, 403, "FORBIDDEN");
    }

    private ModelAndView respond(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        response.setStatus(status);
        if (wantsJson(request)) {
            writeProblem(response, request, status, reason);
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addAllObjects(Map.of("status", status, "reasonCode", reason, "heading", title(status),
                "explanation", explanation(status)));
        return page;
    }

    /** Used from filters, where no view resolution is at hand: forwards to the error dispatch. */
    private void render(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException, ServletException {
        if (wantsJson(request)) {
            writeProblem(response, request, status, reason);
            return;
        }
        request.setAttribute(REASON_ATTRIBUTE, reason);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(request, response);
    }

    private void writeProblem(HttpServletResponse response, HttpServletRequest request, int status, String reason)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), explanation(status));
        problem.setTitle(title(status));
        problem.setType(URI.create("https://sendready.org/problems/" + reason.toLowerCase().replace('_', '-')));
        problem.setProperty("reason", reason);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(path != null ? path.toString() : request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(PROBLEM.toString());
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        body.put("reason", reason);
        response.getWriter().write(json.writeValueAsString(body));
    }

    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.contains("text/html")) {
            return request.getRequestURI().startsWith("/api/");
        }
        return accept.contains("json");
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "That request could not be understood";
            case 401 -> "Open SENDReady from your LMS";
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case 405 -> "That action is not allowed here";
            case 409 -> "That has already been done";
            case 413 -> "That upload is too large";
            default -> status >= 500 ? "Something went wrong on our side" : "That request could not be completed";
        };
    }

    private static String explanation(int status) {
        return switch (status) {
            case 401 -> "SENDReady opens from your school's or local authority's learning platform. Go back to your "
                    + "LMS and open the SENDReady activity again; your progress is kept.";
            case 403 -> "Your role in this course does not include this page. If you think it should, ask your LMS "
                    + "administrator to check your role.";
            case 404 -> "The page you asked for does not exist. Check the address, or go back to your LMS.";
            default -> status >= 500
                    ? "The problem has been logged. Please try again in a moment; nothing you have saved is lost."
                    : "Please go back and try again.";
        };
    }
}
