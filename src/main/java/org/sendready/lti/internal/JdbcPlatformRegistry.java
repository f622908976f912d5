package org.sendready.lti.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.sendready.core.Origins;
import org.sendready.lti.FrameAncestors;
import org.sendready.lti.PlatformRegistration;
import org.sendready.lti.PlatformRegistry;
import org.springframework.stereotype.Service;

/**
 * The registry other modules see. Frame origins are cached briefly: the cache is safe to lose, and a registration made
 * on another instance is picked up within {@link #ORIGIN_CACHE_TTL}.
 */
@Service
class JdbcPlatformRegistry implements PlatformRegistry, FrameAncestors {

    static final Duration ORIGIN_CACHE_TTL = Duration.ofSeconds(30);

    private final PlatformRepository platforms;
    private final RegistrationCheck check;
    private final Clock clock;
    private final AtomicReference<CachedOrigins> origins = new AtomicReference<>();
    private final Set<String> learned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    JdbcPlatformRegistry(PlatformRepository platforms, RegistrationCheck check, Clock clock) {
        this.platforms = platforms;
        this.check = check;
        this.clock = clock;
    }

    @Override
    public void register(PlatformRegistration registration, String registeredFrom) {
        check.validate(registration);
        platforms.save(registration, registeredFrom);
        origins.set(null);
    }

    @Override
    public Set<String> origins() {
        Instant now = clock.instant();
        CachedOrigins cached = origins.get();
        if (cached != null && cached.loadedAt().plus(ORIGIN_CACHE_TTL).isAfter(now)) {
            return cached.origins();
        }
        Set<String> fresh = new TreeSet<>();
        platforms.frameSources().stream().map(Origins::of).filter(Objects::nonNull).forEach(fresh::add);
        Set<String> result = Set.copyOf(fresh);
        origins.set(new CachedOrigins(result, now));
        return result;
    }

    /** Remembers the origin a platform's page was served from (from the launch's claims). */
    void learnOrigin(long platformId, String url) {
        String origin = Origins.of(url);
        if (origin == null || !learned.add(platformId + " " + origin)) {
            return; // known to this instance already: no database round trip on every launch
        }
        if (platforms.learnOrigin(platformId, origin, clock.instant())) {
            origins.set(null);
        }
    }

    private record CachedOrigins(Set<String> origins, Instant loadedAt) {
    }
}
