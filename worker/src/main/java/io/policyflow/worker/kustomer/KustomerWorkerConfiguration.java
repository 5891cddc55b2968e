package io.policyflow.worker.kustomer;

import io.policyflow.activities.kustomer.KustomerChannelActivities;
import io.policyflow.activities.kustomer.KustomerClient;
import io.policyflow.activities.kustomer.KustomerClients;
import io.policyflow.activities.kustomer.KustomerCommerceActivities;
import io.policyflow.activities.kustomer.MagentoOrderNumbers;
import io.policyflow.activities.kustomer.dto.KustomerResource;
import io.policyflow.activities.magento.MagentoClient;
import io.policyflow.activities.magento.MagentoCommerceActivities;
import io.policyflow.activities.magento.MagentoConfig;
import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.commerce.CommerceActivities;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Kustomer in the worker. With {@code policyflow.lookups.platform=kustomer} the {@code
 * commerceActivities} bean is {@link KustomerCommerceActivities} (customers and orders from
 * Kustomer; details, refunds, credit memos and order comments in Magento, matched by order number);
 * with {@code policyflow.channel.type=kustomer} the {@code channelActivities} bean is {@link
 * KustomerChannelActivities}. The Magento and webhook beans of the same names must then stand aside
 * (they are conditional on {@code magento} and {@code webhook}, the defaults), so that the Temporal
 * starter, which registers activity beans by name, finds exactly one of each.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KustomerProperties.class)
public class KustomerWorkerConfiguration {

  private static final Logger log = LoggerFactory.getLogger(KustomerWorkerConfiguration.class);

  /** Fails the start on a platform value other than magento|kustomer and webhook|kustomer. */
  @Bean
  public PlatformSelection policyflowPlatformSelection(Environment environment) {
    PlatformSelection selection = PlatformSelection.of(environment);
    if (selection.kustomerLookups() || selection.kustomerChannel()) {
      log.info(
          "Kustomer serves: {}{}{}",
          selection.kustomerLookups() ? "customer and order lookups" : "",
          selection.kustomerLookups() && selection.kustomerChannel() ? "; " : "",
          selection.kustomerChannel() ? "bot messages and handoffs" : "");
    }
    return selection;
  }

  @Bean
  @Conditional(PlatformSelection.KustomerSelected.class)
  public KustomerClient kustomerClient(KustomerProperties kustomer) {
    if (!kustomer.apiConfigured()) {
      throw new IllegalStateException(
          "Kustomer is selected but not configured: set policyflow.kustomer.base-url"
              + " and policyflow.kustomer.api-key (KUSTOMER_BASE_URL, KUSTOMER_API_KEY)");
    }
    var config = kustomer.toConfig();
    log.info("Kustomer: {}", config.baseUrl());
    return KustomerClients.create(config);
  }

  /**
   * The refund policy's Kustomer variant. Magento stays the store of record: its client (the {@code
   * magentoClient} bean) serves order details, refunds and comments, and finds orders by number.
   */
  @Bean("commerceActivities")
  @ConditionalOnProperty(name = PlatformSelection.LOOKUPS, havingValue = PlatformSelection.KUSTOMER)
  public CommerceActivities kustomerCommerceActivities(
      KustomerClient kustomerClient,
      KustomerProperties kustomer,
      MagentoClient magentoClient,
      MagentoConfig magentoConfig) {
    CommerceActivities magento =
        new MagentoCommerceActivities(
            magentoClient,
            Clock.systemUTC(),
            magentoConfig.connectTimeout().plus(magentoConfig.readTimeout()));
    var mapping = kustomer.toMapping();
    log.info(
        "Kustomer lookups: customers by email, orders from Klass '{}' (number at {}), refunds in Magento",
        mapping.klass(),
        mapping.number());
    return new KustomerCommerceActivities(
        kustomerClient, mapping, magento, MagentoOrderNumbers.over(magentoClient));
  }

  @Bean("channelActivities")
  @ConditionalOnProperty(name = PlatformSelection.CHANNEL, havingValue = PlatformSelection.KUSTOMER)
  public ChannelActivities kustomerChannelActivities(
      KustomerClient kustomerClient, KustomerProperties kustomer) {
    var config = kustomer.toChannelConfig();
    log.info(
        "Kustomer channel: {} replies; handoff tags {}, queue {}, teams {}",
        config.mode(),
        config.handoffTags(),
        config.handoffQueueId(),
        config.handoffTeamIds());
    return new KustomerChannelActivities(kustomerClient, config, Clock.systemUTC());
  }

  /**
   * Once the worker is up, checks the API key ({@code GET /v1/auth/tokens/current}) and says which
   * of the roles the selected features use it lacks. Does not stop the worker (Kustomer may be down
   * for now; legacy {@code org.user.*} roles also work).
   */
  @Bean
  @Conditional(PlatformSelection.KustomerSelected.class)
  public ApplicationListener<ApplicationReadyEvent> kustomerStartupCheck(
      KustomerClient kustomerClient, PlatformSelection selection) {
    return event -> {
      Thread check =
          new Thread(
              () -> {
                try {
                  KustomerResource token = kustomerClient.currentToken().data();
                  Set<String> roles = new LinkedHashSet<>();
                  token.attributes().path("roles").forEach(role -> roles.add(role.asText()));
                  List<String> missing = new ArrayList<>(requiredRoles(selection));
                  missing.removeAll(roles);
                  if (missing.isEmpty()) {
                    log.info(
                        "Kustomer API key '{}' has the roles the refund bot uses",
                        token.text("name"));
                  } else {
                    log.warn(
                        "Kustomer API key '{}' lacks {} (fine if it has the legacy org.user.* equivalents); calls"
                            + " needing them will fail with 403",
                        token.text("name"),
                        missing);
                  }
                } catch (RuntimeException e) {
                  log.error("Kustomer check failed: {}", e.getMessage());
                }
              },
              "kustomer-startup-check");
      check.setDaemon(true);
      check.start();
    };
  }

  static List<String> requiredRoles(PlatformSelection selection) {
    List<String> roles = new ArrayList<>();
    if (selection.kustomerLookups()) {
      roles.add("org.permission.customer.read");
    }
    if (selection.kustomerChannel()) {
      roles.addAll(
          List.of(
              "org.permission.conversation.read",
              "org.permission.conversation.update",
              "org.permission.message.create",
              "org.permission.note.create"));
    }
    return roles;
  }
}
