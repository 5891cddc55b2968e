package io.policyflow.benchmark;

import io.temporal.spring.boot.WorkerOptionsCustomizer;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Development probe (not part of the benchmark). */
@Configuration(proxyBeanMethods = false)
public class ProbeConfig {
  @Bean
  WorkerOptionsCustomizer probeWorkerOptions() {
    return (builder, name, queue) -> {
      String sticky = System.getProperty("probe.sticky");
      if (sticky != null) {
        builder.setStickyQueueScheduleToStartTimeout(Duration.ofMillis(Long.parseLong(sticky)));
      }
      String pollers = System.getProperty("probe.pollers");
      if (pollers != null) {
        builder.setMaxConcurrentWorkflowTaskPollers(Integer.parseInt(pollers));
      }
      System.out.println("worker " + queue + ": " + builder.build().getStickyQueueScheduleToStartTimeout() + " pollers "
          + builder.build().getMaxConcurrentWorkflowTaskPollers());
      return builder;
    };
  }
}
