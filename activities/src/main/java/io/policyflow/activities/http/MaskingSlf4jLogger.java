package io.policyflow.activities.http;

import feign.slf4j.Slf4jLogger;
import java.util.function.UnaryOperator;

/**
 * Feign's SLF4J logger with every text argument passed through {@code mask} first, so that what a
 * request line carries (an email in a search query or a lookup path) never reaches the log in
 * clear.
 */
public final class MaskingSlf4jLogger extends Slf4jLogger {

  private final UnaryOperator<String> mask;

  public MaskingSlf4jLogger(Class<?> type, UnaryOperator<String> mask) {
    super(type);
    this.mask = mask;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    Object[] masked = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      masked[i] = args[i] instanceof String s ? mask.apply(s) : args[i];
    }
    super.log(configKey, format, masked);
  }
}
