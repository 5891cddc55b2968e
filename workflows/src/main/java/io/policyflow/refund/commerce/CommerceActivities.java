package io.policyflow.refund.commerce;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * The store, as the refund policy uses it. Implemented for Magento in the {@code activities}
 * module. Failures the workflow must branch on are {@code ApplicationFailure}s typed by {@link
 * CommerceFailures}.
 */
@ActivityInterface
public interface CommerceActivities {

  /** The customer with this email (case-insensitive), a guest known only from orders, or null. */
  CustomerRecord findCustomer(String email);

  /** The customer's most recent orders, newest first, at most {@code limit}. */
  List<OrderRecord> recentOrders(CustomerRecord customer, int limit);

  /**
   * The order with everything needed to refund it: lines, payment, paid invoice, last shipment
   * date.
   */
  OrderRecord orderDetails(long orderId);

  /** Refunds exactly once (see {@link RefundCommand#marker()}); returns the credit memo. */
  RefundReceipt refund(RefundCommand command);

  /** The credit memo as the store reports it now. */
  CreditMemoStatus creditMemoStatus(String creditMemoId);

  /** Adds an internal comment to the order, keeping its current status. */
  void addOrderComment(long orderId, String comment);
}
