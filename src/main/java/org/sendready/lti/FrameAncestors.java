package org.sendready.lti;

import java.util.Set;

/** The origins allowed to frame SENDReady's pages: those of registered platforms. */
public interface FrameAncestors {

    Set<String> origins();
}
