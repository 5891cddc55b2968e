package io.policyflow.api.playground;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The playground's settings and its access rule ({@link PlaygroundAccessFilter} on {@code
 * /playground} and {@code /playground/*}). The filter is registered even when the playground is
 * off, so that the page's static files are not served then. The page and its API exist only when
 * {@code policyflow.playground.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlaygroundProperties.class)
public class PlaygroundConfiguration {

  @Bean
  public FilterRegistrationBean<PlaygroundAccessFilter> policyflowPlaygroundAccessFilter(
      PlaygroundAccess access) {
    FilterRegistrationBean<PlaygroundAccessFilter> registration =
        new FilterRegistrationBean<>(new PlaygroundAccessFilter(access));
    registration.setName("policyflowPlaygroundAccessFilter");
    registration.addUrlPatterns(
        PlaygroundAccessFilter.PREFIX, PlaygroundAccessFilter.PREFIX + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
    return registration;
  }
}
