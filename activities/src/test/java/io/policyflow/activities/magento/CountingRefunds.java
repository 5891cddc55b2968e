package io.policyflow.activities.magento;

import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.activity.Activity;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts Temporal's attempts of {@code refund} and what each failed with; every other call goes
 * straight through.
 */
public final class CountingRefunds implements CommerceActivities {

  public final AtomicInteger attempts = new AtomicInteger();
  public final List<String> attemptFailures = new CopyOnWriteArrayList<>();

  /** Runs before each attempt (e.g. to change what the store does next). */
  public final AtomicReference<Runnable> beforeAttempt = new AtomicReference<>(() -> {});

  private final CommerceActivities delegate;

  public CountingRefunds(CommerceActivities delegate) {
    this.delegate = delegate;
  }

  @Override
  public RefundReceipt refund(RefundCommand command) {
    int attempt = attempts.incrementAndGet();
    if (Activity.getExecutionContext().getInfo().getAttempt() != attempt) {
      throw new AssertionError("Temporal's attempt number differs from the attempts counted here");
    }
    beforeAttempt.get().run();
    try {
      return delegate.refund(command);
    } catch (RuntimeException e) {
      attemptFailures.add(e.getMessage());
      throw e;
    }
  }

  @Override
  public CustomerRecord findCustomer(String email) {
    return delegate.findCustomer(email);
  }

  @Override
  public List<OrderRecord> recentOrders(CustomerRecord customer, int limit) {
    return delegate.recentOrders(customer, limit);
  }

  @Override
  public OrderRecord orderDetails(long orderId) {
    return delegate.orderDetails(orderId);
  }

  @Override
  public CreditMemoStatus creditMemoStatus(String creditMemoId) {
    return delegate.creditMemoStatus(creditMemoId);
  }

  @Override
  public void addOrderComment(long orderId, String comment) {
    delegate.addOrderComment(orderId, comment);
  }
}
