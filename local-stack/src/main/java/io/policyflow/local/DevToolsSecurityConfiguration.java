package io.policyflow.local;

import io.policyflow.api.playground.PlaygroundAccess;
import io.policyflow.api.security.ApiToken;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link DevToolsAccessFilter} on {@code /dev} and {@code /dev/*}, beside the API's own
 * filters.
 */
@Configuration(proxyBeanMethods = false)
public class DevToolsSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<DevToolsAccessFilter> policyflowDevToolsAccessFilter(
      PlaygroundAccess access, ApiToken token) {
    FilterRegistrationBean<DevToolsAccessFilter> registration =
        new FilterRegistrationBean<>(new DevToolsAccessFilter(access, token));
    registration.setName("policyflowDevToolsAccessFilter");
    registration.addUrlPatterns(DevToolsAccessFilter.PREFIX, DevToolsAccessFilter.PREFIX + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
    return registration;
  }
}
