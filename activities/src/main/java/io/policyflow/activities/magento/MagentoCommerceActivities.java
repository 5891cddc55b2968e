package io.policyflow.activities.magento;

import io.policyflow.activities.magento.SearchCriteria.Direction;
import io.policyflow.activities.magento.dto.MagentoComment;
import io.policyflow.activities.magento.dto.MagentoCreditMemo;
import io.policyflow.activities.magento.dto.MagentoCustomer;
import io.policyflow.activities.magento.dto.MagentoInvoice;
import io.policyflow.activities.magento.dto.MagentoOrder;
import io.policyflow.activities.magento.dto.OrderCommentRequest;
import io.policyflow.activities.magento.dto.RefundRequest;
import io.policyflow.refund.commerce.CommerceActivities;
import io.policyflow.refund.commerce.CommerceFailures;
import io.policyflow.refund.commerce.CreditMemoStatus;
import io.policyflow.refund.commerce.CustomerRecord;
import io.policyflow.refund.commerce.OrderRecord;
import io.policyflow.refund.commerce.RefundCommand;
import io.policyflow.refund.commerce.RefundLine;
import io.policyflow.refund.commerce.RefundReceipt;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CommerceActivities} over Magento 2.4 REST. Every failure is an {@code ApplicationFailure}:
 * typed by {@link CommerceFailures} when retrying cannot help, {@link MagentoErrors#UNAVAILABLE}
 * (retryable) otherwise.
 *
 * <p>{@link #refund} is exactly-once although Magento has no idempotency key: the credit memo's
 * comment carries {@code [policyflow:<marker>]}, which is looked for before creating one and again
 * after any failure that may have hidden a committed refund (every page of the order's credit memos
 * is read). The POST is only sent while the attempt has time for it to finish before its
 * start-to-close timeout, so two attempts never overlap.
 */
public class MagentoCommerceActivities implements CommerceActivities {

  private static final Logger log = LoggerFactory.getLogger(MagentoCommerceActivities.class);

  /**
   * Kept free at the end of an attempt, beside the time one request may take, before a refund POST
   * is sent.
   */
  static final Duration POST_MARGIN = Duration.ofSeconds(1);

  private final MagentoClient magento;
  private final Clock clock;
  private final Duration requestTimeout;

  public MagentoCommerceActivities(MagentoClient magento, Clock clock) {
    this(
        magento,
        clock,
        MagentoConfig.DEFAULT_CONNECT_TIMEOUT.plus(MagentoConfig.DEFAULT_READ_TIMEOUT));
  }

  /**
   * @param requestTimeout the longest one HTTP request can take (connect + read timeout): a refund
   *     POST is only sent while the attempt has that much time left before its start-to-close
   *     timeout, so that a POST still in flight never overlaps the next attempt's look for the
   *     marker
   */
  public MagentoCommerceActivities(MagentoClient magento, Clock clock, Duration requestTimeout) {
    this.magento = Objects.requireNonNull(magento, "magento");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** A client for {@code config} with default resilience settings. */
  public MagentoCommerceActivities(MagentoConfig config, Clock clock) {
    this(config, MagentoResilience.defaults(), clock);
  }

  /**
   * A client for {@code config} protected by {@code resilience} (shared per worker, for its
   * metrics).
   */
  public MagentoCommerceActivities(
      MagentoConfig config, MagentoResilience resilience, Clock clock) {
    this(
        MagentoClients.create(config, resilience, clock),
        clock,
        config.connectTimeout().plus(config.readTimeout()));
  }

  /**
   * The text written into the credit memo comment, and looked for: {@code [policyflow:<marker>]}.
   */
  public static String markerToken(String marker) {
    return "[policyflow:" + marker + "]";
  }

  @Override
  public CustomerRecord findCustomer(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    // One account per website can share an email: read every page.
    List<MagentoCustomer> customers =
        MagentoPages.all(
            SearchCriteria.builder()
                .where("email", normalized)
                .sortBy("entity_id", Direction.ASC)
                .build(),
            magento::searchCustomers);
    if (!customers.isEmpty()) {
      MagentoCustomer c = customers.get(0);
      if (customers.size() > 1) {
        log.info(
            "{} customer accounts share this email (one per website); using id {}",
            customers.size(),
            c.id());
      }
      return new CustomerRecord(
          c.id(), c.email() == null ? normalized : c.email(), c.firstname(), c.lastname(), false);
    }
    List<MagentoOrder> guestOrders =
        magento
            .searchOrders(
                SearchCriteria.builder()
                    .where("customer_email", normalized)
                    .sortBy("created_at", Direction.DESC)
                    .pageSize(1)
                    .currentPage(1)
                    .build())
            .items();
    if (guestOrders.isEmpty()) {
      return null;
    }
    MagentoOrder o = guestOrders.get(0);
    String first = o.customerFirstname();
    String last = o.customerLastname();
    if (first == null && o.billingAddress() != null) {
      first = o.billingAddress().firstname();
      last = last == null ? o.billingAddress().lastname() : last;
    }
    return new CustomerRecord(null, normalized, first, last, true);
  }

  @Override
  public List<OrderRecord> recentOrders(CustomerRecord customer, int limit) {
    if (customer == null || limit < 1) {
      return List.of();
    }
    SearchCriteria.Builder criteria = SearchCriteria.builder();
    if (customer.customerId() != null && !customer.guest()) {
      criteria.where("customer_id", customer.customerId());
    } else if (customer.email() != null && !customer.email().isBlank()) {
      criteria.where("customer_email", customer.email().strip().toLowerCase(Locale.ROOT));
    } else {
      return List.of();
    }
    criteria.sortBy("created_at", Direction.DESC).pageSize(Math.min(limit, 300)).currentPage(1);
    return magento.searchOrders(criteria.build()).items().stream()
        .map(o -> OrderMapper.toRecord(o, null, null))
        .limit(limit)
        .toList();
  }

  @Override
  public OrderRecord orderDetails(long orderId) {
    MagentoOrder order = magento.order(orderId);
    SearchCriteria byOrder = SearchCriteria.eq("order_id", orderId);
    List<MagentoInvoice> invoices = magento.searchInvoices(byOrder).items();
    boolean gateway = OrderMapper.gatewayMethod(order);
    long paid = invoices.stream().filter(i -> i.paid() && (!gateway || i.capturedOnline())).count();
    // Which invoice still has money is read from the credit memos: only needed with a choice.
    List<MagentoCreditMemo> memos =
        paid > 1 ? MagentoPages.all(byOrder, magento::searchCreditMemos) : List.of();
    Long invoiceId = OrderMapper.refundableInvoiceId(invoices, memos, gateway);
    Instant shippedAt = OrderMapper.lastShippedAt(magento.searchShipments(byOrder).items());
    return OrderMapper.toRecord(order, invoiceId, shippedAt);
  }

  @Override
  public RefundReceipt refund(RefundCommand command) {
    Instant attemptStart = clock.instant();
    validate(command);
    String token = markerToken(command.marker());
    Optional<MagentoCreditMemo> existing = findMarked(command.orderId(), token);
    if (existing.isPresent()) {
      log.info(
          "Order {}: credit memo {} already carries this refund's marker; not refunding again",
          command.orderId(),
          existing.get().entityId());
      return receipt(existing.get(), command, true);
    }

    ensureTimeToPost(attemptStart, command);
    long creditMemoId;
    try {
      creditMemoId = post(command, token);
    } catch (RuntimeException failure) {
      if (failure instanceof ApplicationFailure refusal && refusal.isNonRetryable()) {
        throw refusal; // Magento answered and refused: nothing was created.
      }
      return committedDespite(failure, command, token).orElseThrow(() -> failure);
    }
    log.info("Order {}: refunded, credit memo {}", command.orderId(), creditMemoId);
    return receipt(magento.creditMemo(creditMemoId), command, false);
  }

  @Override
  public CreditMemoStatus creditMemoStatus(String creditMemoId) {
    MagentoCreditMemo memo = magento.creditMemo(parseId(creditMemoId));
    CreditMemoStatus.State state;
    Integer s = memo.state();
    if (s != null && s == MagentoCreditMemo.STATE_REFUNDED) {
      state = CreditMemoStatus.State.REFUNDED;
    } else if (s != null && s == MagentoCreditMemo.STATE_CANCELED) {
      state = CreditMemoStatus.State.CANCELED;
    } else {
      if (s == null || s != MagentoCreditMemo.STATE_OPEN) {
        log.warn("Credit memo {} has unknown state {}; reporting it open", creditMemoId, s);
      }
      state = CreditMemoStatus.State.OPEN;
    }
    return new CreditMemoStatus(
        String.valueOf(memo.entityId() == null ? parseId(creditMemoId) : memo.entityId()),
        state,
        memo.grandTotal(),
        memo.currency(),
        memo.createdAt());
  }

  @Override
  public void addOrderComment(long orderId, String comment) {
    String status = magento.order(orderId).status();
    Boolean saved =
        magento.addOrderComment(orderId, OrderCommentRequest.internal(orderId, comment, status));
    if (!Boolean.TRUE.equals(saved)) {
      log.warn("Order {}: Magento answered {} to adding a comment", orderId, saved);
    }
  }

  // --- refund internals
  // -------------------------------------------------------------------------------------

  /**
   * Inside a Temporal activity: refuses (retryably, before sending anything) to start the refund
   * POST when the attempt could hit its start-to-close timeout while the POST is still in flight.
   * Temporal would then start the next attempt, whose look for the marker could miss a credit memo
   * that is still being committed.
   */
  private void ensureTimeToPost(Instant attemptStart, RefundCommand command) {
    Duration startToClose = activityStartToClose();
    if (startToClose == null) {
      return; // not running as an activity (tests, tools)
    }
    Duration left = timeLeft(attemptStart, startToClose, clock.instant());
    Duration needed = requestTimeout.plus(POST_MARGIN);
    if (left.compareTo(needed) < 0) {
      throw MagentoErrors.unavailable(
          "Order "
              + command.orderId()
              + ": only "
              + left.toMillis()
              + " ms left in this "
              + "attempt, the refund POST may take "
              + needed.toMillis()
              + " ms: not sending it now (Magento is slow; "
              + "the next attempt looks for the marker first)",
          null,
          null);
    }
  }

  static Duration timeLeft(Instant attemptStart, Duration startToClose, Instant now) {
    return startToClose.minus(Duration.between(attemptStart, now));
  }

  private static Duration activityStartToClose() {
    try {
      Duration d = Activity.getExecutionContext().getInfo().getStartToCloseTimeout();
      return d == null || d.isZero() ? null : d;
    } catch (IllegalStateException | NullPointerException notInAnActivity) {
      return null;
    }
  }

  private long post(RefundCommand command, String token) {
    List<RefundRequest.Item> items =
        command.lines().stream()
            .map(l -> new RefundRequest.Item(l.orderItemId(), plain(l.qty())))
            .toList();
    RefundRequest.Comment comment =
        new RefundRequest.Comment("Refund issued by Policyflow. " + token, 0);
    RefundRequest.Arguments arguments =
        command.refundShipping() ? null : new RefundRequest.Arguments(BigDecimal.ZERO);
    Long id;
    if (command.online()) {
      id =
          magento.refundInvoice(
              command.invoiceId(), new RefundRequest(items, true, true, false, comment, arguments));
    } else {
      id =
          magento.refundOrder(
              command.orderId(), new RefundRequest(items, null, true, false, comment, arguments));
    }
    if (id == null) {
      throw new IllegalStateException("Magento answered the refund without a credit memo id");
    }
    return id;
  }

  /**
   * The POST failed in a way that may hide a committed refund (timeout, dropped connection, 5xx, an
   * unreadable answer): look for the marker again. Empty when not found or when the second look
   * fails too (its failure is added to {@code failure} as suppressed).
   */
  private Optional<RefundReceipt> committedDespite(
      RuntimeException failure, RefundCommand command, String token) {
    Optional<MagentoCreditMemo> committed;
    try {
      committed = findMarked(command.orderId(), token);
    } catch (RuntimeException recheckFailed) {
      failure.addSuppressed(recheckFailed);
      return Optional.empty();
    }
    committed.ifPresent(
        memo ->
            log.warn(
                "Order {}: the refund call failed ({}) but credit memo {} carries its marker: the refund committed",
                command.orderId(),
                failure.getClass().getSimpleName(),
                memo.entityId()));
    // Created by this call's own POST, so not "already existed".
    return committed.map(memo -> receipt(memo, command, false));
  }

  private Optional<MagentoCreditMemo> findMarked(long orderId, String token) {
    SearchCriteria byOrder =
        SearchCriteria.builder()
            .where("order_id", orderId)
            .sortBy("entity_id", Direction.ASC)
            .build();
    for (MagentoCreditMemo memo : MagentoPages.all(byOrder, magento::searchCreditMemos)) {
      if (memo.canceled() || memo.entityId() == null) {
        continue;
      }
      if (contains(memo.comments(), token)
          || contains(magento.creditMemoComments(memo.entityId()).items(), token)) {
        return Optional.of(memo);
      }
    }
    return Optional.empty();
  }

  private static boolean contains(List<MagentoComment> comments, String token) {
    return comments.stream().anyMatch(c -> c.comment() != null && c.comment().contains(token));
  }

  private RefundReceipt receipt(
      MagentoCreditMemo memo, RefundCommand command, boolean alreadyExisted) {
    return new RefundReceipt(
        String.valueOf(memo.entityId()),
        memo.grandTotal(),
        memo.currency() != null ? memo.currency() : command.currency(),
        memo.createdAt() != null ? memo.createdAt() : clock.instant(),
        alreadyExisted);
  }

  private static void validate(RefundCommand command) {
    if (command == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "No refund command", CommerceFailures.BAD_REQUEST);
    }
    if (command.marker() == null || command.marker().isBlank()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "A refund needs a marker to be exactly-once", CommerceFailures.BAD_REQUEST);
    }
    if (command.lines().isEmpty()) {
      // Magento reads "no items" as "refund everything": never send that by accident.
      throw ApplicationFailure.newNonRetryableFailure(
          "A refund needs at least one line", CommerceFailures.BAD_REQUEST);
    }
    for (RefundLine line : command.lines()) {
      if (line.qty() == null || line.qty().signum() <= 0) {
        throw ApplicationFailure.newNonRetryableFailure(
            "Refund quantity must be positive for item " + line.orderItemId(),
            CommerceFailures.BAD_REQUEST);
      }
    }
    if (command.online() && command.invoiceId() == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "An online refund needs the paid invoice's id", CommerceFailures.BAD_REQUEST);
    }
  }

  private static BigDecimal plain(BigDecimal qty) {
    BigDecimal stripped = qty.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Not a Magento credit memo id: " + id, CommerceFailures.BAD_REQUEST);
    }
  }
}
