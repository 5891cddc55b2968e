package io.policyflow.api.playground;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What only a development stack can offer the playground: moving the embedded Temporal server's
 * clock and showing the sandbox store's orders. The local stack provides a bean of this type;
 * elsewhere there is none, and the page hides these tools.
 */
public interface PlaygroundLocalTools {

  /** The server's current time, when this stack can move its clock; empty otherwise. */
  Optional<Instant> clock();

  /**
   * Moves the clock forward by {@code duration}, firing the timers due on the way; returns the time
   * after it.
   *
   * @throws UnsupportedOperationException when {@link #clock()} is empty
   */
  Instant skip(Duration duration);

  /** True when there is a sandbox store to show. */
  boolean hasSandbox();

  /** The sandbox's orders of the customer with this email (case-insensitive), newest first. */
  List<SandboxOrder> sandboxOrders(String email);

  /** One order as the store has it. Amounts are decimal strings. */
  record SandboxOrder(
      String number,
      long entityId,
      String state,
      String status,
      Instant placedAt,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
      String currency,
      String paymentMethod,
      List<SandboxItem> items,
      List<SandboxCreditMemo> creditMemos) {

    public SandboxOrder {
      items = items == null ? List.of() : List.copyOf(items);
      creditMemos = creditMemos == null ? List.of() : List.copyOf(creditMemos);
    }
  }

  /** An order line (children of configurable products left out). */
  record SandboxItem(String sku, String name, BigDecimal qtyOrdered, BigDecimal qtyRefunded) {}

  /** A credit memo (a refund) on the order. */
  record SandboxCreditMemo(
      String id,
      String number,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
      Instant createdAt,
      String comment) {}
}
