package io.policyflow.kustomer.sandbox;

/**
 * Ids of the demo org, for tests and configuration. Customers and their order KObjects match the
 * Magento sandbox's demo store ({@code jane.doe@example.com}, orders {@code 000000100}..{@code
 * 000000106}, ...).
 */
public final class KustomerDemo {

  /**
   * The queue whose conversations the refund bot answers ({@code
   * policyflow.kustomer.webhook.routing.queue-id}).
   */
  public static final String REFUND_BOT_QUEUE_ID = "6620aaaa0000000000000001";

  /** The human queue handoffs go to ({@code policyflow.kustomer.handoff.queue-id}). */
  public static final String REFUNDS_HUMAN_QUEUE_ID = "6620aaaa0000000000000002";

  /** A team handoffs are assigned to ({@code policyflow.kustomer.handoff.team-ids}). */
  public static final String TIER2_TEAM_ID = "5cb000000000000000000001";

  /** The machine user the bot speaks as ({@code policyflow.kustomer.outbound.sender-user-id}). */
  public static final String BOT_USER_ID = "6600b0b0b0b0b0b0b0b0b001";

  /** A human agent (closes conversations in the simulations). */
  public static final String AGENT_USER_ID = "6600b0b0b0b0b0b0b0b0b002";

  /** A tag id the demo "refund" routing can use instead of a queue. */
  public static final String REFUND_BOT_TAG = "refund-bot";

  public static final String JANE_CUSTOMER_ID = "6630aa11bb22cc33dd44ee55";
  public static final String JANE_EMAIL = "jane.doe@example.com";
  public static final String LEE_CUSTOMER_ID = "6630aa11bb22cc33dd44ee56";
  public static final String OLIVIA_CUSTOMER_ID = "6630aa11bb22cc33dd44ee57";
  public static final String NOAH_CUSTOMER_ID = "6630aa11bb22cc33dd44ee58";
  public static final String SAM_CUSTOMER_ID = "6630aa11bb22cc33dd44ee59";

  private KustomerDemo() {}
}
