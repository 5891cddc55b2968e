package io.policyflow.benchmark;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What the benchmark adds to the local stack's Spring context ({@code --spring.main.sources}): the
 * floor endpoints and the no-op activities. The floor and bare workflows are found by the Temporal
 * starter's auto-discovery and run on their own task queue, {@value FloorWorkflow#TASK_QUEUE}, in
 * the same worker factory as the refund workflow (same client, same embedded server, same workflow
 * cache).
 */
@Configuration(proxyBeanMethods = false)
@Import({FloorController.class, NoopActivitiesImpl.class})
public class BenchmarkConfiguration {}
