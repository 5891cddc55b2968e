package io.policyflow.activities.magento.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /V1/orders/{id}/comments}. */
public record OrderCommentRequest(@JsonProperty("statusHistory") StatusHistory statusHistory) {

  /**
   * One status-history entry. {@code status} must be the order's current status: older 2.4 releases
   * set the status to NULL when it is missing (magento/magento2#34180).
   */
  public record StatusHistory(
      @JsonProperty("comment") String comment,
      @JsonProperty("is_customer_notified") int isCustomerNotified,
      @JsonProperty("is_visible_on_front") int isVisibleOnFront,
      @JsonProperty("status") String status,
      @JsonProperty("parent_id") long parentId) {}

  /** An internal note: not emailed, not shown to the customer. */
  public static OrderCommentRequest internal(long orderId, String comment, String currentStatus) {
    return new OrderCommentRequest(new StatusHistory(comment, 0, 0, currentStatus, orderId));
  }
}
