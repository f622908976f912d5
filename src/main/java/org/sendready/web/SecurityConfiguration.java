package org.sendready.web;

import org.sendready.lti.AppRole;
import org.sendready.lti.FrameAncestors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * There is no login page: a session is started only by an accepted LTI launch. Pages may be framed by registered
 * platforms only; every form outside the LTI endpoints carries a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, FrameAncestors frameAncestors, ErrorPages errorPages)
            throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/lti/login", "/lti/launch", "/.well-known/**", "/actuator/health/**",
                                "/actuator/health", "/actuator/info", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico", "/error", "/verify/**", "/demo-lms", "/demo-lms/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(AppRole.ADMINISTRATOR.name())
                        .requestMatchers("/catalogue/**", "/catalogue", "/deep-linking/**", "/deep-linking")
                        .hasAnyRole(AppRole.INSTRUCTOR.name(), AppRole.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/lti/login", "/lti/launch", "/demo-lms/**"))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(errorPages::notSignedIn)
                        .accessDeniedHandler(errorPages::forbidden))
                .headers(headers -> headers
                        // X-Frame-Options: DENY would leave a blank frame inside the LMS; CSP frame-ancestors replaces it
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new ContentSecurityPolicyWriter(frameAncestors))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
