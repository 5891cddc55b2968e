package io.policyflow.api.security;

import io.policyflow.api.ApiProperties;
import io.policyflow.api.kustomer.KustomerApiProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link BodySizeLimitFilter} on every path, first, then {@link BearerTokenFilter} on
 * {@code /v1} and {@code /v1/*}, early in the chain.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<BodySizeLimitFilter> policyflowBodySizeLimitFilter(
      ApiProperties api, KustomerApiProperties kustomer) {
    FilterRegistrationBean<BodySizeLimitFilter> registration =
        new FilterRegistrationBean<>(
            new BodySizeLimitFilter(
                api.maxBodySize().toBytes(), kustomer.webhook().maxBodySize().toBytes()));
    registration.setName("policyflowBodySizeLimitFilter");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<BearerTokenFilter> policyflowBearerTokenFilter(ApiToken token) {
    FilterRegistrationBean<BearerTokenFilter> registration =
        new FilterRegistrationBean<>(new BearerTokenFilter(token));
    registration.setName("policyflowBearerTokenFilter");
    registration.addUrlPatterns(
        BearerTokenFilter.PROTECTED_PREFIX, BearerTokenFilter.PROTECTED_PREFIX + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }
}
