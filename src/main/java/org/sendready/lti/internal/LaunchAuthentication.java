package org.sendready.lti.internal;

import org.sendready.lti.LaunchContext;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A session's authentication: an accepted LTI launch, with the app roles it carries as authorities. */
final class LaunchAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final LaunchContext launch;

    LaunchAuthentication(LaunchContext launch) {
        super(launch.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        this.launch = launch;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public LaunchContext getPrincipal() {
        return launch;
    }

    @Override
    public String getName() {
        return launch.tenant().id() + ":" + launch.userId();
    }
}
