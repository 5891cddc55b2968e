package io.policyflow.api;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything the HTTP API needs, for an application to {@code @Import}: the {@code /v1/refunds}
 * controller, the bearer-token filter (on {@code /v1/*} only), the problem+json exception handler
 * and the Temporal-facing {@code ConversationService}; and, for the whole application, the request
 * body size cap, strict JSON types in request bodies, and problem+json for Tomcat's own errors and
 * the {@code /error} page ({@code docs/limits.md}). It expects a {@link
 * io.temporal.client.WorkflowClient} bean (from temporal-spring-boot-starter, i.e. {@code
 * spring.temporal.connection.target} or the test server set) and registers no worker.
 *
 * <p>The scan leaves out {@link ApiApplication} (any {@code @SpringBootConfiguration}) and, in
 * tests, what {@link TypeExcludeFilter} excludes ({@code @TestConfiguration} classes).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    basePackages = "io.policyflow.api",
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)
    })
@EnableConfigurationProperties(ApiProperties.class)
public class ApiConfiguration {}
