package io.policyflow.worker.kustomer;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which platform serves the worker's activity beans: {@code policyflow.lookups.platform} = {@code
 * magento} (default) or {@code kustomer} for {@code commerceActivities}; {@code
 * policyflow.channel.type} = {@code webhook} (default) or {@code kustomer} for {@code
 * channelActivities}. Anything else stops the worker with a message saying what is allowed (an
 * unknown value would otherwise leave a bean missing with a vaguer error).
 */
public record PlatformSelection(String lookups, String channel) {

  public static final String LOOKUPS = "policyflow.lookups.platform";
  public static final String CHANNEL = "policyflow.channel.type";
  public static final String KUSTOMER = "kustomer";

  public PlatformSelection {
    if (!Set.of("magento", KUSTOMER).contains(lookups)) {
      throw new IllegalStateException(
          LOOKUPS + " must be magento or kustomer, got '" + lookups + "'");
    }
    if (!Set.of("webhook", KUSTOMER).contains(channel)) {
      throw new IllegalStateException(
          CHANNEL + " must be webhook or kustomer, got '" + channel + "'");
    }
  }

  public static PlatformSelection of(Environment environment) {
    return new PlatformSelection(
        value(environment, LOOKUPS, "magento"), value(environment, CHANNEL, "webhook"));
  }

  public boolean kustomerLookups() {
    return KUSTOMER.equals(lookups);
  }

  public boolean kustomerChannel() {
    return KUSTOMER.equals(channel);
  }

  private static String value(Environment environment, String name, String fallback) {
    String value = environment.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Matches when Kustomer serves the lookups, the channel, or both (an invalid value does not
   * match).
   */
  static final class KustomerSelected implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment env = context.getEnvironment();
      return KUSTOMER.equals(value(env, LOOKUPS, "magento"))
          || KUSTOMER.equals(value(env, CHANNEL, "webhook"));
    }
  }
}
