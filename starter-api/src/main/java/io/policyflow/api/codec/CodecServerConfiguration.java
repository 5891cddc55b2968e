package io.policyflow.api.codec;

import io.policyflow.codec.CodecEndpoint;
import io.policyflow.config.CodecProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The codec server on {@code /codec}: its settings ({@code policyflow.codec.*}), a CORS filter for
 * Temporal UI's origins and the codec-token filter, both on {@code /codec} and {@code /codec/*}
 * only ({@code /v1} keeps its own bearer filter, other paths are untouched).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CodecProperties.class)
public class CodecServerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(CodecServerConfiguration.class);

  static final String[] URL_PATTERNS = {CodecEndpoint.BASE_PATH, CodecEndpoint.BASE_PATH + "/*"};

  /**
   * {@code policyflow.codec.*} ({@code POLICYFLOW_CODEC_*}, or a config tree), like the worker's
   * data converter.
   */
  @Bean
  public CodecSettings policyflowCodecSettings(CodecProperties codec) {
    CodecSettings settings = CodecSettings.of(codec);
    if (settings.enabled()) {
      log.info("Codec server on {}: {}", CodecEndpoint.BASE_PATH, settings);
    } else {
      log.info(
          "Codec server on {} is closed (404): {}",
          CodecEndpoint.BASE_PATH,
          CodecSettings.NOT_CONFIGURED);
    }
    return settings;
  }

  /**
   * CORS for Temporal UI: the configured origins only (echoed, never {@code *}), POST and OPTIONS,
   * the headers the UI sends, credentials allowed (for {@code
   * TEMPORAL_CODEC_INCLUDE_CREDENTIALS=true}), preflight cached 10 minutes. It answers preflights
   * itself, before the token filter; other origins get 403 and no CORS headers.
   */
  @Bean
  public FilterRegistrationBean<CorsFilter> policyflowCodecCorsFilter(CodecSettings settings) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(settings.corsOrigins());
    cors.setAllowedMethods(CodecEndpoint.CORS_ALLOWED_METHODS);
    cors.setAllowedHeaders(CodecEndpoint.CORS_ALLOWED_HEADERS);
    cors.setAllowCredentials(CodecEndpoint.CORS_ALLOW_CREDENTIALS);
    cors.setMaxAge(CodecEndpoint.CORS_MAX_AGE_SECONDS);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration(CodecEndpoint.BASE_PATH, cors);
    source.registerCorsConfiguration(CodecEndpoint.BASE_PATH + "/**", cors);

    FilterRegistrationBean<CorsFilter> registration =
        new FilterRegistrationBean<>(new CorsFilter(source));
    registration.setName("policyflowCodecCorsFilter");
    registration.addUrlPatterns(URL_PATTERNS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<CodecAccessFilter> policyflowCodecAccessFilter(
      CodecSettings settings) {
    FilterRegistrationBean<CodecAccessFilter> registration =
        new FilterRegistrationBean<>(new CodecAccessFilter(settings));
    registration.setName("policyflowCodecAccessFilter");
    registration.addUrlPatterns(URL_PATTERNS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 110);
    return registration;
  }
}
