package io.policyflow.local;

import io.temporal.spring.boot.TemporalOptionsCustomizer;
import io.temporal.worker.WorkerFactoryOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code TEMPORAL_ADDRESS} set, the stack may be stopped and started again against a server that outlives it.
 * Temporal's test server (what {@link TemporalDevServer} runs) never moves a conversation off a dead worker's sticky
 * queue for queries, so here the worker keeps no workflow cache (no sticky queue): every task replays the history,
 * a few milliseconds on a conversation, and a restarted stack answers at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "policyflow.local.workflow-cache", havingValue = "off")
class ExternalTemporalOptions {

  @Bean
  TemporalOptionsCustomizer<WorkerFactoryOptions.Builder> noStickyWorkflowCache() {
    return builder -> builder.setWorkflowCacheSize(0);
  }
}
