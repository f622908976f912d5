package org.sendready.core;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Timeouts for calls to platforms (key sets, tokens, AGS, NRPS). */
@ConfigurationProperties("sendready.http")
public record HttpProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
}
