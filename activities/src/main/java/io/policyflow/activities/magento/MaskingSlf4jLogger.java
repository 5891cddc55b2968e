package io.policyflow.activities.magento;

import feign.slf4j.Slf4jLogger;

/** Feign's SLF4J logger with email addresses masked (search URLs carry them in the query). */
final class MaskingSlf4jLogger extends Slf4jLogger {

  MaskingSlf4jLogger(Class<?> type) {
    super(type);
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    Object[] masked = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      masked[i] = args[i] instanceof String s ? EmailMask.maskAll(s) : args[i];
    }
    super.log(configKey, format, masked);
  }
}
