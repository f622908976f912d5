package org.sendready.compliance.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sendready.lti.LaunchContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records organisation and person from the first page a launch lands on, whichever module serves it, so leaders see
 * everyone who has opened SENDReady. Later pages of the same launch cost one indexed look-up.
 */
@Configuration(proxyBeanMethods = false)
class LaunchMembershipInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final String RECORDED = LaunchMembershipInterceptor.class.getName() + ".launch";

    private final LaunchMemberships memberships;

    LaunchMembershipInterceptor(LaunchMemberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/verify/**", "/css/**", "/js/**", "/images/**",
                "/demo-lms/**", "/error", "/lti/**", "/.well-known/**", "/actuator/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LaunchContext launch) {
            var session = request.getSession(false);
            if (session != null && !launch.launchId().equals(session.getAttribute(RECORDED))) {
                memberships.record(launch);
                session.setAttribute(RECORDED, launch.launchId());
            }
        }
        return true;
    }
}
