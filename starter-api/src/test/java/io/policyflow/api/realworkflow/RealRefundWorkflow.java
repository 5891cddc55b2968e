package io.policyflow.api.realworkflow;

import io.policyflow.refund.channel.ChannelActivities;
import io.policyflow.refund.channel.ChannelEvent;
import io.policyflow.refund.client.RefundWorkflowNames;
import io.policyflow.refund.policy.ConversationLimits;
import io.policyflow.refund.policy.PolicyActivities;
import io.policyflow.refund.policy.RefundPolicy;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The real refund workflow ({@code RefundWorkflowImpl}) behind the API, for the tests that look at
 * the conversation a customer sees: the profile {@code real-workflow} registers it on the test
 * server's worker with these activities (a {@link FakeStore}, a recording channel, the shipped
 * policy), and this configuration registers the workflow's search attributes on the test server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealRefundWorkflow {

  /** What the bot pushed through the channel. */
  public static final class RecordingChannel implements ChannelActivities {
    public final List<ChannelEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void deliver(ChannelEvent event) {
      events.add(event);
    }
  }

  /**
   * The policy as shipped; a test can lower its message cap with {@value #MAX_CUSTOMER_MESSAGES}
   * (the other limits stay as shipped).
   */
  public static final class ShippedPolicy implements PolicyActivities {
    private final RefundPolicy policy;

    ShippedPolicy(int maxCustomerMessages) {
      RefundPolicy shipped = RefundPolicy.defaults();
      this.policy =
          maxCustomerMessages <= 0
              ? shipped
              : shipped.withLimits(
                  new ConversationLimits(
                      maxCustomerMessages, shipped.limits().maxCustomerTextBytes()));
    }

    @Override
    public RefundPolicy currentPolicy() {
      return policy;
    }
  }

  /**
   * Property: the customer messages the test's conversations take (the shipped 200 when absent).
   */
  public static final String MAX_CUSTOMER_MESSAGES = "policyflow.test.max-customer-messages";

  @Bean
  public FakeStore fakeStore() {
    return new FakeStore();
  }

  @Bean
  public RecordingChannel recordingChannel() {
    return new RecordingChannel();
  }

  @Bean
  public ShippedPolicy shippedPolicy(
      @Value("${" + MAX_CUSTOMER_MESSAGES + ":0}") int maxCustomerMessages) {
    return new ShippedPolicy(maxCustomerMessages);
  }

  @Bean
  public InitializingBean refundSearchAttributes(TestWorkflowEnvironment temporal) {
    return () ->
        RefundWorkflowNames.SEARCH_ATTRIBUTES.forEach(
            key ->
                temporal.registerSearchAttribute(
                    key.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
  }
}
